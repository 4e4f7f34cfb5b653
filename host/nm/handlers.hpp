// One handler per request type (see PROTOCOL.md). Each takes the parsed request and returns the
// reply's own fields; the dispatcher adds id/ok/type.
#pragma once

#include "request.hpp"

namespace coolpapers::nm {

json handle_ping(const json& request, const Limits& limits);
json handle_resolve(const json& request, const Limits& limits);
json handle_resolve_many(const json& request, const Limits& limits);
json handle_resolve_pdf(const json& request, const Limits& limits);

}  // namespace coolpapers::nm
