// `coolpapers ids` and `coolpapers url`: the extractor on the command line.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace coolpapers::cli {

enum ExitCode { kFound = 0, kNothingFound = 1, kUsageError = 2 };

enum class IdsFormat { tsv, json, jsonl };

// TEXT arguments form one text (joined by spaces); without any, all of `in` is the text.
// --jsonl reads `in` line by line instead, each line a JSON string.
int run_ids(IdsFormat format, const std::vector<std::string>& texts, std::FILE* in, std::FILE* out);

int run_url(const std::vector<std::string>& texts, std::FILE* in, std::FILE* out);

}  // namespace coolpapers::cli
