// Composing TeX's letter + combining mark sequences (host/pdf/compose.hpp).
#include <catch2/catch.hpp>

#include "pdf/compose.hpp"

using coolpapers::pdf::compose_accents;

TEST_CASE("combining marks compose into Latin-1 letters", "[pdf][compose]") {
    CHECK(compose_accents("difrac\u0327a\u0303o") == "difração");
    CHECK(compose_accents("F\u0131\u0301sica") == "Física");
    CHECK(compose_accents("Universita\u0308t Zu\u0308rich") == "Universität Zürich");
    CHECK(compose_accents("already composed: é ñ") == "already composed: é ñ");
    CHECK(compose_accents("x\u0301 and a lone \u0301") == "x\u0301 and a lone \u0301");  // no composed form
    CHECK(compose_accents("ı alone, trailing a\xCC") == "ı alone, trailing a\xCC");      // invalid UTF-8 passes
    CHECK(compose_accents("") == "");
}
