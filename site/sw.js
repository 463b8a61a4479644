// sw.js: keeps the playground working with the network cut off. Network first (a new build shows at once),
// the cached copy when the network fails; every file the site needs is cached on install.
'use strict';
var kCache = 'evb-playground-v1';
var kFiles = ['./', 'index.html', 'embed-frame.html', 'blog-sample.html', 'page.css', 'favicon.svg',
  'evb-host.js', 'evb-share.js', 'evb-embed.js', 'evb.js', 'evb_web.js', 'evb_web.wasm'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(kCache).then(function (cache) { return cache.addAll(kFiles); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(kCache).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || new Response('Offline, and this file was never cached.', { status: 503 });
    });
  }));
});
