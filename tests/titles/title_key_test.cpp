#include <catch2/catch.hpp>

#include "index_builder.hpp"
#include "titles/title_key.hpp"

using namespace coolpapers::titles;

namespace {

const std::string& fold_index() {
    static const std::string bytes = test::build_index({}, {{U'\u00e9', "e"}, {U'\u0301', ""}, {U'\ufb01', "fi"}, {U'\u0141', "l"}});
    return bytes;
}

TitleKey key_of(std::string_view text) {
    static const auto index = TitleIndex::from_bytes(fold_index(), nullptr);
    return make_title_key(text, index->folds());
}

}  // namespace

TEST_CASE("keys keep only folded letters and digits") {
    CHECK(key_of("Beyond Accuracy: Behavioral Testing of NLP Models with CheckList").key ==
          "beyondaccuracybehavioraltestingofnlpmodelswithchecklist");
    CHECK(key_of("Caf\u00e9 \ufb01ne \u0141ukasz").key == "cafefinelukasz");
    CHECK(key_of("Cafe\u0301").key == "cafe");       // a combining accent is dropped
    CHECK(key_of("\u03b1-divergence").key == "divergence");  // unfolded letters are word breaks
}

TEST_CASE("small-caps fragments give the same key as the title") {
    CHECK(key_of("QAN ET: C OMBINING L OCAL C ONVOLUTION").key == key_of("QANet: Combining Local Convolution").key);
    CHECK(key_of("ELECTRA: P RE - TRAINING T EXT E NCODERS").key == key_of("ELECTRA: Pre-training Text Encoders").key);
}

TEST_CASE("word ends record where a title may stop") {
    const TitleKey k = key_of("Deep Nets: a Survey\nJane Doe");
    REQUIRE(k.words.size() == 6);
    CHECK(k.words[1].key_end == 8);   // "deepnets"
    CHECK(k.words[1].text_end == 9);  // "Deep Nets"
    CHECK(k.words[1].strong);         // before ':'
    CHECK_FALSE(k.words[2].strong);
    CHECK(k.words[3].strong);         // before the line break
    CHECK(k.words[5].strong);         // the end
}

TEST_CASE("invalid UTF-8 is a word break, never a crash") {
    CHECK(key_of("ab\xff\xfe" "cd\xe2\x82").key == "abcd");
    CHECK(key_of("").key.empty());
}

TEST_CASE("FNV-1a is incremental, as the generator's title_hash") {
    CHECK(fnv1a("abcdef") == fnv1a("def", fnv1a("abc")));
    CHECK(fnv1a("") == kFnvOffset);
    CHECK(fnv1a("a") == 0xaf63dc4c8601ec8cULL);  // the published FNV-1a 64 test vector
}
