// evb-host.js: what the playground (web/src/browser.cpp) asks of the browser, as Module.evbHost —
// the system clipboard, a hidden text field that receives IME, on-screen-keyboard and pasted text for
// ImGui's text fields, localStorage, downloads and the colour scheme. Keys are taken only from the
// canvas and that field, never from the whole window, so a page embedding the playground keeps its keys.
// Also evbCallWasm, the one way the site's scripts call into the module.
(function () {
  'use strict';

  // evbCallWasm calls the module's exported C function `name` with args (strings, numbers, Uint8Arrays
  // as pointers to a copy; null is 0) and returns its result, read as a string when asString. Strings go through the heap (_malloc, freed
  // after), never onto the 5 MB C stack where ccall puts them: a pasted, imported or linked text of any
  // size fits. When the call throws (a JavaScript error inside the module, such as the engine's own stack
  // limit), the C stack pointer is put back where it was, so the next call starts clean.
  function evbCallWasm(module, name, args, asString) {
    var pointers = [];
    var top = module.stackSave();
    try {
      var values = (args || []).map(function (arg) {
        if (arg === null || arg === undefined) return 0;
        if (arg instanceof Uint8Array) {  // bytes (an uploaded file): copied to the heap, freed after
          var bytes = module._malloc(arg.length || 1);
          if (!bytes) throw new Error('no memory left for a file of ' + arg.length + ' bytes');
          pointers.push(bytes);
          module.HEAPU8.set(arg, bytes);
          return bytes;
        }
        if (typeof arg !== 'string') return arg;
        var size = module.lengthBytesUTF8(arg) + 1;
        var ptr = module._malloc(size);
        if (!ptr) throw new Error('no memory left for a text of ' + size + ' bytes');
        pointers.push(ptr);
        module.stringToUTF8(arg, ptr, size);
        return ptr;
      });
      var result = module['_' + name].apply(null, values);
      return asString ? (result ? module.UTF8ToString(result) : '') : result;
    } catch (e) {
      module.stackRestore(top);
      throw e;
    } finally {
      pointers.forEach(function (ptr) { module._free(ptr); });
    }
  }

  var kSentinel = '\u200b';  // kept in the field so a mobile Backspace has something to delete

  function createEvbHost(canvas) {
    var module = null;
    var field = document.createElement('textarea');
    field.id = 'evb-text-input';
    field.setAttribute('aria-label', 'Text input for the playground');
    field.setAttribute('autocomplete', 'off');
    field.setAttribute('autocorrect', 'off');
    field.setAttribute('autocapitalize', 'off');
    field.setAttribute('spellcheck', 'false');
    field.value = kSentinel;
    document.body.appendChild(field);

    var wantText = false;
    var composing = false;
    var pasteShortcutAt = 0;

    function call(name, args) {
      if (!module) return;
      try {
        evbCallWasm(module, name, args);
      } catch (e) {
        if (window.evb && window.evb.reportError) window.evb.reportError(e);
      }
    }

    function resetField() {
      field.value = kSentinel;
      field.setSelectionRange(1, 1);
    }

    function typeText(text) {
      text = text.replace(/[\r\n]/g, '');
      if (text) call('evb_text_input', [text]);
    }

    field.addEventListener('compositionstart', function () { composing = true; });
    field.addEventListener('compositionend', function (e) {
      composing = false;
      typeText(e.data || '');
      resetField();
    });
    field.addEventListener('input', function (e) {
      if (composing || e.isComposing) return;
      var value = field.value;
      if (value.indexOf(kSentinel) !== 0 && e.inputType === 'deleteContentBackward') {
        call('evb_key_tap', [module ? module._evb_backspace_key() : 0]);
      } else {
        typeText(value.split(kSentinel).join(''));
      }
      resetField();
    });
    field.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) pasteShortcutAt = Date.now();
    }, true);
    canvas.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) pasteShortcutAt = Date.now();
    }, true);

    // A paste (Ctrl+V or a mobile paste menu) refreshes what ImGui pastes; one without the shortcut
    // is typed in directly, since ImGui will not see a Ctrl+V for it.
    function onPaste(e) {
      if (e.target !== field && e.target !== canvas) return;
      var text = (e.clipboardData || window.clipboardData).getData('text');
      e.preventDefault();
      call('evb_clipboard_pasted', [text]);
      if (Date.now() - pasteShortcutAt > 1000 && wantText) typeText(text);
      if (module) module._evb_wake(30);
    }
    field.addEventListener('paste', onPaste);
    canvas.addEventListener('paste', onPaste);

    // Clicking the canvas gives it the keyboard (inside an iframe too); a tap on a text field focuses the
    // hidden field at once, inside the gesture, so mobile browsers open their keyboard.
    canvas.addEventListener('pointerdown', function (e) {
      if (document.activeElement !== field) canvas.focus({ preventScroll: true });
      if (e.pointerType === 'touch' && window.evb && window.evb.items && onTextItem(e.clientX, e.clientY)) {
        field.focus({ preventScroll: true });
      }
    });

    function onTextItem(x, y) {
      return window.evb.items().some(function (i) {
        return i.kind === 'input' && x >= i.x && x <= i.x + i.w && y >= i.y && y <= i.y + i.h;
      });
    }

    var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    if (dark && dark.addEventListener) {
      dark.addEventListener('change', function () { call('evb_set_system_dark', [dark.matches ? 1 : 0]); });
    }

    function fallbackCopy(text) {
      var scratch = document.createElement('textarea');
      scratch.value = text;
      scratch.style.position = 'fixed';
      scratch.style.opacity = '0';
      document.body.appendChild(scratch);
      scratch.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(scratch);
      if (wantText) field.focus({ preventScroll: true }); else canvas.focus({ preventScroll: true });
    }

    var embedded = false;
    try { embedded = window.self !== window.top; } catch (e) { embedded = true; }

    return {
      embedded: embedded,
      isMac: /Mac|iPhone|iPad/.test(navigator.platform || ''),
      attach: function (m) { module = m; },
      prefersDark: function () { return dark ? dark.matches : true; },

      // adoptKeys moves GLFW's keyboard listeners from the window to the canvas and the hidden field.
      adoptKeys: function (down, up, press) {
        window.removeEventListener('keydown', down, true);
        window.removeEventListener('keyup', up, true);
        window.removeEventListener('keypress', press, true);
        [canvas, field].forEach(function (el) {
          el.addEventListener('keydown', down, true);
          el.addEventListener('keyup', up, true);
        });
      },

      // textInput focuses the hidden field at the text cursor while ImGui wants text.
      textInput: function (want, x, y, height) {
        wantText = want;
        if (want) {
          field.style.left = Math.round(x) + 'px';
          field.style.top = Math.round(y) + 'px';
          field.style.height = Math.max(1, Math.round(height)) + 'px';
          if (document.activeElement !== field && document.hasFocus()) {
            field.focus({ preventScroll: true });
            resetField();
          }
        } else if (document.activeElement === field) {
          canvas.focus({ preventScroll: true });
        }
      },

      clipboardWrite: function (text) {
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).catch(function () { fallbackCopy(text); });
        } else {
          fallbackCopy(text);
        }
      },

      storageRead: function (key) {
        try { return window.localStorage.getItem(key); } catch (e) { return null; }
      },
      storageWrite: function (key, value) {
        try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }
      },
      storageRemove: function (key) {
        try { window.localStorage.removeItem(key); } catch (e) { /* storage unavailable */ }
      },

      // download saves data (a string or the bytes of a file) under name.
      download: function (name, data) {
        var type = /\.json$/.test(name) ? 'application/json' : 'application/octet-stream';
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([data], { type: type }));
        link.download = name;
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
      }
    };
  }

  window.createEvbHost = createEvbHost;
  window.evbCallWasm = evbCallWasm;
})();
