// One frame body in, one reply body out: validation, the handler table, error replies, and the
// reply size cap. Pure apart from what a handler does (resolve_pdf reads files and the network).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "request.hpp"

namespace coolpapers::nm {

std::string reply_to(std::string_view body, const Limits& limits);

// {"id":…,"ok":false,"error":{"code":…,"message":…}}; the message is cut to max_message_bytes.
std::string error_reply(const json& id, std::string_view code, std::string_view message, const Limits& limits = {});

// Shrinks `reply` until it dumps to at most `max_bytes`: halves its longest list (setting
// "truncated": true) as often as needed. Returns the text that fits, or nullopt when nothing is
// left to shrink.
std::optional<std::string> fit_reply(json& reply, std::size_t max_bytes);

}  // namespace coolpapers::nm
