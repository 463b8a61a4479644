// evb.js starts the playground on the page's canvas and builds window.evb, the bridge tests and the
// budget script use: ready, items(), exec(line), state(), frames(), frameTimes(), firstFrameMs. It shows
// a readable notice when WebAssembly or WebGL2 is missing, instead of a blank canvas.
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

  function bindBridge(module) {
    var call = function (name, args) {
      return module.ccall(name, 'string', args ? ['string'] : [], args || []);
    };
    evb.items = function () { return JSON.parse(call('evb_items_json')); };
    evb.exec = function (line) { return JSON.parse(call('evb_exec', [line])); };
    evb.state = function () { return JSON.parse(call('evb_state_json')); };
    evb.frames = function () { return module._evb_frames_drawn(); };
    evb.frameTimes = function () { return JSON.parse(call('evb_frame_times_json')); };
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
    printErr: function (text) { console.warn(text); }
  }, window.evbModuleOptions || {})).then(function (module) {
    host.attach(module);
    bindBridge(module);
    wakeOnInput();
    waitForFirstFrame();
    if (window.evbAfterStart) window.evbAfterStart(module);
  }, function (error) {
    fail('The playground failed to load: ' + error);
  });
})();
