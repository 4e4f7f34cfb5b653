// Percent-decoding (spec §2.1 step 6): per token and per query value, never globally.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coolpapers {

// Does `text` hold a valid %XX escape at `pos`?
bool is_percent_escape(std::string_view text, std::size_t pos);

// Decodes every valid %XX once; a '%' that starts no valid escape stays as it is.
std::string percent_decode(std::string_view text);

// Encodes all but the unreserved characters (RFC 3986: A-Z a-z 0-9 - . _ ~), bytes as %XX.
std::string percent_encode(std::string_view text);

}  // namespace coolpapers
