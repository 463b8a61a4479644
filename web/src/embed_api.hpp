// The embed's side of the host-page API (site/evb-embed.js posts the messages, site/evb-share.js relays
// them here): load a scenario, run a command line, fire an event, read results, and delivery notices
// sent to the host whenever a rule delivers to a target. Every message is untrusted: a malformed one gets
// an AWS-style error answer, never a crash. Also the page options the browser read from the URL.
#pragma once

#include "evb/common/json.hpp"
#include "page_options.hpp"

#include <string>

namespace evb::web {

class App;

// failure is an error answer: {ok: false, error: {code, message}}.
Json failure(std::string code, std::string message);

// host_request answers one host message {type, ...}: {ok: true, ...} or {ok: false, error: {code, message}}.
Json host_request(App& app, const Json& message);

// notify_deliveries tells the host page of deliveries made since the last call (cheap when nothing changed).
void notify_deliveries(App& app);

// browser_page_options reads the options site/evb-share.js found in the page's URL.
PageOptions browser_page_options();

}  // namespace evb::web
