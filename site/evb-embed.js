// evb-embed.js: the host page's side of an embedded playground. Include it in a blog post, then
//   var playground = EvbEmbed(document.querySelector('iframe'));
//   await playground.load('cidr');                       // an example or exercise id, or a scenario object
//   await playground.run('aws events list-rules');       // -> {ok, exitCode, out, err}
//   await playground.fire({Source: 'shop', DetailType: 'Order', Detail: {price: 120}});
//                                                         // -> {ok, eventId, matchedRules, deliveries}
//   await playground.results();                          // -> {ok, logGroups: {name: [events]}, rules}
//   playground.on('delivery', function (deliveries) { ... });   // each rule delivery, as it happens
// Calls start a lazily loaded embed; each answers with a promise (rejected with {code, message}).
// An embed answers only its own origin and the origins its URL names: for a post on another site, add
// origins=<this page's origin> to the iframe's src (docs/sharing.md).
(function () {
  'use strict';

  function EvbEmbed(iframe, options) {
    options = options || {};
    var origin = options.origin || new URL(iframe.src, location.href).origin;
    var target = origin === 'null' || location.protocol === 'file:' ? '*' : origin;
    var pending = new Map();
    var listeners = { delivery: [], ready: [] };
    var next = 1;
    var named = new URL(iframe.src, location.href).searchParams.get('origins') || '';
    if (origin !== location.origin && named.split(',').map(function (o) { return o.trim(); })
      .filter(function (o) { return o === '*' || o === location.origin; }).length === 0) {
      console.warn('EvbEmbed: the embed will not answer this page: add origins=' +
        encodeURIComponent(location.origin) + ' to the iframe\'s src.');
    }

    window.addEventListener('message', function (e) {
      if (e.source !== iframe.contentWindow) return;
      var data = e.data;
      if (!data || data.evb !== 1) return;
      if (data.type === 'reply' && pending.has(data.id)) {
        var waiter = pending.get(data.id);
        pending.delete(data.id);
        if (data.ok) waiter.ok(data); else waiter.fail(data.error || { code: 'InternalFailure', message: 'no answer' });
      } else if (data.type === 'delivery') {
        listeners.delivery.forEach(function (fn) { fn(data.deliveries); });
      } else if (data.type === 'ready') {
        if (data.height && options.followHeight !== false) iframe.style.height = data.height + 'px';
        listeners.ready.forEach(function (fn) { fn(); });
      }
    });

    function send(message) {
      var id = next++;
      return new Promise(function (ok, fail) {
        pending.set(id, { ok: ok, fail: fail });
        iframe.contentWindow.postMessage(Object.assign({ evb: 1, id: id }, message), target);
      });
    }

    iframe.addEventListener('load', function () { iframe.contentWindow.postMessage({ evb: 1, type: 'hello' }, target); });

    return {
      load: function (scenario) { return send({ type: 'load', scenario: scenario }); },
      run: function (line) { return send({ type: 'run', line: line }); },
      fire: function (event, bus) { return send({ type: 'fire', event: event, bus: bus }); },
      results: function (logGroup) { return send({ type: 'results', logGroup: logGroup }); },
      state: function () { return send({ type: 'state' }); },
      send: send,
      on: function (name, fn) { (listeners[name] = listeners[name] || []).push(fn); }
    };
  }

  window.EvbEmbed = EvbEmbed;
})();
