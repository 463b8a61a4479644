// evb-share.js: what the page does with its URL and with other pages. It reads the page's options from
// the query (?scenario=…&panels=…&readonly=1&theme=…&height=…; embed-frame.html adds embed=1), compresses
// the world into share links with the browser's CompressionStream (#evb1=<base64url deflate-raw>) and
// opens such links, opens files for import, registers the service worker that keeps the site working
// offline, and relays the host page's postMessage API (site/evb-embed.js) to the playground
// (web/src/embed_api.cpp). Loaded before evb.js; everything arriving from outside is treated as hostile.
(function () {
  'use strict';

  var kLinkVersion = 1;
  var kMaxMessageChars = 1 << 20;
  var kMaxLinkBytes = 64 << 20;  // a decompressed link larger than this is refused (zip bombs)
  var module = null;
  var queue = [];
  var hostOrigin = null;

  function readOptions() {
    var options = {};
    new URLSearchParams(location.search).forEach(function (value, key) {
      if (['embed', 'readonly', 'scenario', 'panels', 'theme', 'height'].indexOf(key) >= 0) options[key] = value;
    });
    if (document.documentElement.hasAttribute('data-evb-embed')) options.embed = '1';
    return options;
  }

  function base64url(bytes) {
    var text = '';
    for (var i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function unbase64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link holds characters a playground link never has');
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function compress(text) {
    var stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return base64url(new Uint8Array(await new Response(stream).arrayBuffer()));
  }

  async function decompress(bytes) {
    var reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    var parts = [], size = 0;
    for (;;) {
      var next = await reader.read();
      if (next.done) break;
      size += next.value.length;
      if (size > kMaxLinkBytes) { reader.cancel(); throw new Error('it unpacks to more than 64 MB'); }
      parts.push(next.value);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts).arrayBuffer());
  }

  // call calls into the module (strings through the heap, see evbCallWasm); an error is reported in the
  // playground's console and gives undefined.
  function call(name, args, asString) {
    try {
      return evbCallWasm(module, name, args, asString);
    } catch (e) {
      if (window.evb && window.evb.reportError) window.evb.reportError(e);
      return undefined;
    }
  }

  function urls() {
    var page = location.origin === 'null' || location.protocol === 'file:'
      ? location.href.split('#')[0].split('?')[0] : location.origin + location.pathname;
    var dir = page.slice(0, page.lastIndexOf('/') + 1);
    var full = /embed-frame\.html$/.test(page) ? dir + 'index.html' : page;
    return { page: page, dir: dir, full: full };
  }

  // openLink opens a #evbN=... fragment: N is the link format's version, kept so old links keep working.
  // The fragment leaves the address bar first, so a link that cannot be opened is not opened again by
  // every reload.
  async function openLink() {
    var match = /^#evb(\d+)=(.*)$/.exec(location.hash);
    if (!match) return;
    history.replaceState(null, '', location.href.split('#')[0]);
    var version = Number(match[1]);
    try {
      if (version !== kLinkVersion) { call('evb_open_shared', [version, '']); return; }
      var text = await decompress(unbase64url(match[2]));
      call('evb_open_shared', [version, text]);
    } catch (e) {
      call('evb_open_shared_failed', [(e && e.message) || String(e)]);
    }
  }

  function pickFile() {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.yaml,.yml,.template,application/json,text/yaml';
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) return;
      file.text().then(function (text) { call('evb_import_file', [text]); });
    });
    input.click();
  }

  // pickWorkspaceFile lets the user upload any file into the console's workspace (a zip for fileb://,
  // a JSON document for file://), byte for byte.
  function pickWorkspaceFile() {
    var input = document.createElement('input');
    input.type = 'file';
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) return;
      file.arrayBuffer().then(function (buffer) {
        call('evb_upload_workspace_file', [file.name, new Uint8Array(buffer), buffer.byteLength]);
      });
    });
    input.click();
  }

  // The host page's API: messages {evb: 1, id, type, ...} from the parent window only, answered only by
  // the embed page (embed-frame.html, never the full playground, which holds the user's own world) and
  // only for the origins it allows: its own, and those the embedding page names in the iframe's URL
  // (?origins=https://blog.example,https://other.example, or * for any page).
  var isEmbedPage = document.documentElement.hasAttribute('data-evb-embed');
  var warned = {};

  function allowedOrigins() {
    var named = new URLSearchParams(location.search).get('origins') || '';
    return named.split(',').map(function (o) { return o.trim().replace(/\/+$/, ''); }).filter(Boolean);
  }

  function allows(origin) {
    if (origin && origin !== 'null' && origin === location.origin) return true;
    var list = allowedOrigins();
    return list.indexOf('*') >= 0 || (origin !== 'null' && list.indexOf(origin) >= 0);
  }

  function ignore(origin, why) {
    if (warned[origin + why]) return;
    warned[origin + why] = true;
    console.warn('EventBridge Playground: ignored messages from ' + origin + ': ' + why);
  }

  function reply(data, answer) {
    var message = Object.assign({ evb: 1, id: data.id, type: 'reply' }, answer);
    window.parent.postMessage(message, hostOrigin);
  }

  function handle(data) {
    var text;
    try { text = JSON.stringify(data); } catch (e) { text = null; }
    if (text === null || text === undefined) {
      return reply(data, { ok: false, error: { code: 'SerializationException', message: 'The message is not JSON.' } });
    }
    if (text.length > kMaxMessageChars) {
      return reply(data, { ok: false, error: { code: 'ValidationException', message: 'The message is larger than 1 MB.' } });
    }
    var answer = call('evb_host_message', [text], true);
    reply(data, answer ? JSON.parse(answer)
      : { ok: false, error: { code: 'InternalFailure', message: 'The playground failed on this message.' } });
  }

  window.addEventListener('message', function (e) {
    if (window.parent === window || e.source !== window.parent) return;
    var data = e.data;
    if (!data || typeof data !== 'object' || data.evb !== 1) return;
    if (!isEmbedPage) {
      return ignore(e.origin, 'the full playground is not driven by other pages; frame embed-frame.html instead.');
    }
    if (!allows(e.origin)) {
      return ignore(e.origin, 'this embed answers only its own origin and those named by origins= in its URL.');
    }
    hostOrigin = e.origin === 'null' ? '*' : e.origin;
    if (data.type === 'hello') return module && post({ type: 'ready' });
    if (module) return handle(data);
    queue.push(data);
    if (window.evbStartNow) window.evbStartNow();
  });

  // post sends a notice to the host page, once it has shown it is allowed to hear them.
  function post(message) {
    if (hostOrigin && window.parent !== window) window.parent.postMessage(Object.assign({ evb: 1 }, message), hostOrigin);
  }

  var options = readOptions();
  window.evbModuleOptions = Object.assign(window.evbModuleOptions || {}, {
    evbPageOptions: options,
    evbShare: {
      urls: urls,
      open: function (url) { window.open(url, '_blank', 'noopener'); },
      pickFile: pickFile,
      pickWorkspaceFile: pickWorkspaceFile,
      encode: function (payload) {
        compress(payload).then(function (data) {
          call('evb_share_encoded', ['evb' + kLinkVersion + '=' + data, '']);
        }, function (e) {
          call('evb_share_encoded', ['', (e && e.message) || String(e)]);
        });
      }
    },
    evbDelivered: function (json) { post({ type: 'delivery', deliveries: JSON.parse(json) }); }
  });

  // evbAfterStart runs once the playground drew its first frame (called by evb.js).
  window.evbAfterStart = function (m) {
    module = m;
    openLink().then(function () {
      queue.splice(0).forEach(handle);
      post({ type: 'ready', height: Number(options.height) || undefined });
    });
  };

  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register('sw.js').catch(function () { /* offline use is a bonus */ });
  }
})();
