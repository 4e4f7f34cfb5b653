// The error half of every PDF reply: {"error":{"code":"pdf_…"|"fetch_…","message":"…"}}.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace coolpapers::pdf {

struct Error {
    std::string code;     // pdf_* or fetch_* (host/nm/PROTOCOL.md)
    std::string message;  // one sentence for a person
};

inline nlohmann::json to_json(const Error& e) {
    return {{"error", {{"code", e.code}, {"message", e.message}}}};
}

}  // namespace coolpapers::pdf
