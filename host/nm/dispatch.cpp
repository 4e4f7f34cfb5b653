#include "dispatch.hpp"

#include <array>
#include <utility>

#include "core/json_text.hpp"
#include "handlers.hpp"

namespace coolpapers::nm {
namespace {

using Handler = json (*)(const json&, const Limits&);

constexpr std::array<std::pair<std::string_view, Handler>, 3> kHandlers = {{
    {"ping", handle_ping},
    {"resolve", handle_resolve},
    {"resolve_many", handle_resolve_many},
}};

constexpr std::string_view kResolvePdf = "resolve_pdf";

std::string dump(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string ok_reply(json reply, const json& id, std::string_view type, const Limits& limits) {
    reply["id"] = id;
    reply["ok"] = true;
    reply["type"] = type;
    if (auto text = fit_reply(reply, limits.max_reply_bytes)) return std::move(*text);
    return error_reply(id, "reply_too_large", "the answer does not fit in one native-messaging reply", limits);
}

// make() gives the reply's own fields or throws; either way one reply body comes out.
template <typename Make>
std::string answer(const json& id, std::string_view type, const Limits& limits, Make&& make) {
    try {
        return ok_reply(make(), id, type, limits);
    } catch (const RequestError& e) {
        return error_reply(id, e.code, e.message, limits);
    } catch (const std::exception& e) {
        return error_reply(id, "internal", e.what(), limits);
    }
}

}  // namespace

std::string PendingPdf::reply(const Limits& limits) {
    return answer(id_, kResolvePdf, limits, [&] { return finish_resolve_pdf(std::move(job_->reply())); });
}

std::string error_reply(const json& id, std::string_view code, std::string_view message, const Limits& limits) {
    return dump({{"id", id}, {"ok", false}, {"error", {{"code", code}, {"message", json_text::utf8_prefix(message, limits.max_message_bytes)}}}});
}

std::optional<std::string> fit_reply(json& reply, std::size_t max_bytes) {
    std::string text = dump(reply);
    const auto results = reply.find("results");
    while (text.size() > max_bytes) {
        if (results == reply.end() || !results->is_array() || results->empty()) return std::nullopt;
        results->erase(results->begin() + static_cast<std::ptrdiff_t>(results->size() / 2), results->end());
        reply["truncated"] = true;
        text = dump(reply);
    }
    return text;
}

Started start_request(std::string_view body, const Limits& limits, std::size_t pdfs_running) {
    const json no_id = nullptr;
    if (body.empty()) return {error_reply(no_id, "empty_frame", "the message is empty")};
    if (!json_text::is_valid_utf8(body)) return {error_reply(no_id, "invalid_utf8", "the message is not UTF-8")};
    // JSON text never holds a raw NUL, and the parser would stop at one, taking the garbage after
    // it for the end of the document.
    if (body.find('\0') != std::string_view::npos) return {error_reply(no_id, "invalid_json", "the message holds a NUL byte")};
    const json_text::JsonShape shape = json_text::json_shape(body);
    if (shape.depth > limits.max_json_depth) return {error_reply(no_id, "invalid_json", "the message nests too deeply")};
    // Parsed, 8 MiB of "{}," would take hundreds of MiB.
    if (shape.values > limits.max_json_values)
        return {error_reply(no_id, "too_many_values",
                            "the message holds more than " + std::to_string(limits.max_json_values) + " JSON values")};
    const json request = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (request.is_discarded()) return {error_reply(no_id, "invalid_json", "the message is not JSON")};
    if (!request.is_object()) return {error_reply(no_id, "not_an_object", "the message must be a JSON object")};
    const json id = request.contains("id") ? request["id"] : no_id;
    if (dump(id).size() > limits.max_id_bytes)
        return {error_reply(no_id, "bad_field", "\"id\" is longer than " + std::to_string(limits.max_id_bytes) + " bytes", limits)};
    const auto type = request.find("type");
    if (type == request.end() || !type->is_string())
        return {error_reply(id, "missing_type", "the message needs a \"type\" string", limits)};
    const std::string& name = type->get_ref<const std::string&>();
    if (name == kResolvePdf) {
        if (pdfs_running >= limits.max_pdf_jobs)
            return {error_reply(id, "pdf_busy", std::to_string(pdfs_running) + " PDFs are being read already: try again when one is done", limits)};
        try {
            auto pending = std::make_unique<PendingPdf>(id, start_resolve_pdf(request, limits));
            if (!pending->done()) return Started(std::move(pending));
            return {pending->reply(limits)};  // answered without a helper (an error, an arXiv URL)
        } catch (const RequestError& e) {
            return {error_reply(id, e.code, e.message, limits)};
        } catch (const std::exception& e) {
            return {error_reply(id, "internal", e.what(), limits)};
        }
    }
    for (const auto& entry : kHandlers)  // not a structured binding: clang 14 cannot capture one in a lambda
        if (entry.first == name) return {answer(id, name, limits, [&] { return entry.second(request, limits); })};
    return {error_reply(id, "unknown_type", "unknown request type \"" + std::string(json_text::utf8_prefix(name, 64)) + "\"", limits)};
}

std::string reply_to(std::string_view body, const Limits& limits) {
    Started started = start_request(body, limits);
    if (!started.pdf) return std::move(started.reply);
    started.pdf->wait();
    return started.pdf->reply(limits);
}

}  // namespace coolpapers::nm
