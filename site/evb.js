// evb.js starts the playground on the page's canvas and builds window.evb, the bridge tests and the
// budget script use: ready, items(), exec(line), state(), frames(), frameTimes(), firstFrameMs. It shows
// a readable notice when WebAssembly or WebGL2 is missing, instead of a blank canvas. Whatever fails inside
// a call (or a frame) is reported in the playground's console and answered as an error: window.evb and
// the page keep answering.
(function () {
  'use strict';

  var notice = document.getElementById('notice');
  var loading = document.getElementById('loading');

  function fail(message) {
    loading.hidden = true;
    notice.hidden = false;
    notice.innerHTML = '<div><h1>EventBridge Playground cannot start</h1><p></p></div>';
    notice.querySelector('p').textContent = message;
    window.evb = { ready: false, error: message };
  }

  function hasWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }

  if (typeof WebAssembly !== 'object' || typeof createEvbModule !== 'function' || typeof createEvbHost !== 'function') {
    return fail('This browser does not run WebAssembly. Please open the playground in a current ' +
      'version of Chrome, Edge, Firefox or Safari.');
  }
  if (!hasWebGL2()) {
    return fail('This browser has WebGL2 turned off or unavailable, and the playground draws with it. ' +
      'Enable hardware acceleration, or try a current version of Chrome, Edge, Firefox or Safari.');
  }

  var canvas = document.getElementById('canvas');
  var evb = window.evb = { ready: false };
  var host = createEvbHost(canvas);

  var bound = null;

  // reportError notes an error that reached JavaScript in the playground's console (and the browser's).
  evb.reportError = function (error) {
    var text = String((error && (error.stack || error.message)) || error).split('\n')[0];
    console.warn('EventBridge Playground recovered from an internal error: ' + text);
    if (!bound) return;
    try { evbCallWasm(bound, 'evb_report_internal_error', [text]); } catch (e) { /* the console is gone too */ }
  };

  function bindBridge(module) {
    bound = module;
    function call(name, args, fallback) {
      try {
        return JSON.parse(evbCallWasm(module, name, args, true));
      } catch (e) {
        evb.reportError(e);
        return fallback(e);
      }
    }
    evb.items = function () { return call('evb_items_json', [], function () { return []; }); };
    evb.exec = function (line) {
      return call('evb_exec', [String(line)], function (e) {
        return { exit_code: 255, out: '', err: 'Internal error: ' + e + '\n' };
      });
    };
    evb.state = function () { return call('evb_state_json', [], function (e) { return { error: String(e) }; }); };
    evb.frames = function () { return module._evb_frames_drawn(); };
    evb.frameTimes = function () { return call('evb_frame_times_json', [], function () { return []; }); };
    evb.wake = function () { module._evb_wake(30); };
  }

  // Input on the playground wakes the paused draw loop: the page draws only when something may have
  // changed. Listening on the canvas and its text field (not the window) leaves a host page's events alone.
  function wakeOnInput() {
    var targets = [canvas, document.getElementById('evb-text-input')];
    ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'focus', 'blur', 'touchstart',
     'touchend', 'input', 'compositionend', 'paste'].forEach(function (type) {
      targets.forEach(function (target) {
        target.addEventListener(type, function () { evb.wake && evb.wake(); }, { capture: true, passive: true });
      });
    });
    ['visibilitychange', 'resize'].forEach(function (type) {
      window.addEventListener(type, function () { evb.wake && evb.wake(); }, { passive: true });
    });
  }

  // keepOnLeave keeps the undo history with the saved world when the tab is hidden, reloaded or closed.
  function keepOnLeave(module) {
    var keep = function () {
      try { module._evb_page_hidden(); } catch (e) { evb.reportError(e); }
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') keep();
    });
  }

  function waitForFirstFrame() {
    if (evb.frames() > 0) {
      evb.firstFrameMs = performance.now();
      loading.hidden = true;
      evb.ready = true;
      return;
    }
    requestAnimationFrame(waitForFirstFrame);
  }

  createEvbModule(Object.assign({
    canvas: canvas,
    evbHost: host,
    evbFail: fail,
    evbStarted: function () {},
    printErr: function (text) { console.warn(text); },
    // quit is where the module sends an error that escaped a callback (a frame, an input event): note it
    // and carry on, instead of rethrowing, which stops the draw loop for good.
    quit: function (status, error) { evb.reportError(error); }
  }, window.evbModuleOptions || {})).then(function (module) {
    host.attach(module);
    bindBridge(module);
    wakeOnInput();
    keepOnLeave(module);
    waitForFirstFrame();
    if (window.evbAfterStart) window.evbAfterStart(module);
  }, function (error) {
    fail('The playground failed to load: ' + error);
  });
})();
