// One handler per request type (see PROTOCOL.md). Each takes the parsed request and returns the
// reply's own fields; the dispatcher adds id/ok/type. resolve_pdf is answered in two halves: the
// job starts at once, and its reply is made when its helpers are done.
#pragma once

#include <memory>

#include "pdf/pdf_client.hpp"
#include "request.hpp"

namespace coolpapers::nm {

json handle_ping(const json& request, const Limits& limits);
json handle_resolve(const json& request, const Limits& limits);
json handle_resolve_many(const json& request, const Limits& limits);

std::unique_ptr<pdf::PdfJob> start_resolve_pdf(const json& request, const Limits& limits);
json finish_resolve_pdf(json result);  // the job's reply; RequestError when it holds an error

}  // namespace coolpapers::nm
