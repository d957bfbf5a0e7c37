// Unit tests for runtime/dynarray: every line of the dynarray conformance programs (ASSIGN.ANGLE,
// EXTRACT.ANGLE, INSERT.DELETE.REPLACE, LOCATE.BASIC, LOCATE.ORDERED and REMOVE) rewritten as calls, with the
// expected values taken from their .out files, plus QM edge rules the programs do not reach and the
// linear-time property of field hints. Strings are written with ^ for FM, ] for VM and \ for SM, as the
// programs print them.

#include "runtime/dynarray.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>

namespace mv::runtime {
namespace {

// Builds a dynamic array from the printable notation: ^ is FM, ] is VM and \ is SM.
std::string da(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '^') c = kFM;
    if (c == ']') c = kVM;
    if (c == '\\') c = kSM;
  }
  return out;
}

// The inverse of da(), like the programs' CONVERT(@FM:@VM:@SM, "^]\", X).
std::string show(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == kFM) c = '^';
    if (c == kVM) c = ']';
    if (c == kSM) c = '\\';
  }
  return out;
}

// Value-returning forms of the updating calls, like the INSERT(), DELETE() and REPLACE() functions.
std::string inserted(std::string s, int64_t f, int64_t v, int64_t sv, std::string_view x) {
  insert(s, f, v, sv, x);
  return show(s);
}

std::string deleted(std::string s, int64_t f, int64_t v, int64_t sv) {
  erase(s, f, v, sv);
  return show(s);
}

std::string replaced(std::string s, int64_t f, int64_t v, int64_t sv, std::string_view x) {
  replace(s, f, v, sv, x);
  return show(s);
}

// ---- ASSIGN.ANGLE ----

TEST(DynArrayAssign, PadsMissingLevels) {
  std::string x;
  replace(x, 3, 0, 0, "c");
  EXPECT_EQ(show(x), "^^c");  // PAD3
  x.clear();
  replace(x, 2, 3, 0, "v");
  EXPECT_EQ(show(x), "^]]v");  // PAD23
  x.clear();
  replace(x, 1, 2, 3, "s");
  EXPECT_EQ(show(x), "]\\\\s");  // PAD123
}

TEST(DynArrayAssign, ReplacesAndAddsItems) {
  std::string x = da("a^b^c");
  replace(x, 2, 0, 0, "B");
  EXPECT_EQ(show(x), "a^B^c");  // REPL
  replace(x, 2, 2, 0, "B2");
  EXPECT_EQ(show(x), "a^B]B2^c");  // ADDVAL
  replace(x, 3, 1, 2, "c2");
  EXPECT_EQ(show(x), "a^B]B2^c\\c2");  // ADDSUB
  replace(x, 2, 0, 0, "");
  EXPECT_EQ(show(x), "a^^c\\c2");  // CLEAR
}

TEST(DynArrayAssign, MinusOneAppendsAtEachLevel) {
  std::string y;
  replace(y, -1, 0, 0, "first");
  replace(y, -1, 0, 0, "second");
  EXPECT_EQ(show(y), "first^second");  // APPEND
  replace(y, 1, -1, 0, "v2");
  replace(y, 2, -1, 0, "w2");
  EXPECT_EQ(show(y), "first]v2^second]w2");  // APPENDV
  replace(y, 1, 2, -1, "s2");
  EXPECT_EQ(show(y), "first]v2\\s2^second]w2");  // APPENDS
}

TEST(DynArrayAssign, AppendKeepsTrailingEmptyItems) {
  const std::string s = da("ABC^DEF]^XYZ^");
  EXPECT_EQ(replaced(s, -1, 0, 0, "ghi"), "ABC^DEF]^XYZ^^ghi");  // QMAPP1
  EXPECT_EQ(replaced(s, 1, -1, 0, "ghi"), "ABC]ghi^DEF]^XYZ^");  // QMAPP2
  EXPECT_EQ(replaced(s, 2, -1, 0, "ghi"), "ABC^DEF]]ghi^XYZ^");  // QMAPP3
}

TEST(DynArrayAssign, FieldLoopGapAndFill) {
  std::string z;
  for (int i = 1; i <= 4; ++i) replace(z, i, 0, 0, std::to_string(i * i));
  EXPECT_EQ(show(z), "1^4^9^16");  // SQUARES
  replace(z, 6, 0, 0, "36");
  EXPECT_EQ(show(z), "1^4^9^16^^36");  // GAP
  replace(z, 5, 0, 0, "25");
  EXPECT_EQ(show(z), "1^4^9^16^25^36");  // FILLGAP
}

// ---- EXTRACT.ANGLE ----

const std::string kRec = da("Smith^12 High St]Leeds]LS1^red\\blue]green");

TEST(DynArrayExtract, FieldsValuesAndSubvalues) {
  EXPECT_EQ(extract(kRec, 1, 0, 0), "Smith");                       // F1
  EXPECT_EQ(extract(kRec, 2, 1, 0), "12 High St");                  // F2V1
  EXPECT_EQ(extract(kRec, 2, 3, 0), "LS1");                         // F2V3
  EXPECT_EQ(extract(kRec, 2, 4, 0), "");                            // F2V4
  EXPECT_EQ(extract(kRec, 3, 1, 1), "red");                         // F3V1S1
  EXPECT_EQ(extract(kRec, 3, 1, 2), "blue");                        // F3V1S2
  EXPECT_EQ(extract(kRec, 3, 1, 3), "");                            // F3V1S3
  EXPECT_EQ(extract(kRec, 3, 2, 0), "green");                       // F3V2
  EXPECT_EQ(show(extract(kRec, 3, 1, 0)), "red\\blue");             // F3V1
  EXPECT_EQ(show(extract(kRec, 2, 0, 0)), "12 High St]Leeds]LS1");  // F2
  EXPECT_EQ(extract(kRec, 9, 0, 0), "");                            // F9
}

TEST(DynArrayExtract, LowerLevelsOfPlainItems) {
  EXPECT_EQ(extract(kRec, 1, 1, 0), "Smith");                       // F1V1
  EXPECT_EQ(extract(kRec, 1, 2, 0), "");                            // F1V2
  EXPECT_EQ(extract(kRec, 1, 1, 1), "Smith");                       // F1V1S1
  EXPECT_EQ(show(extract(kRec, 2, 0, 0)), "12 High St]Leeds]LS1");  // F2V0
  EXPECT_EQ(extract(kRec, 2, 2, 0), "Leeds");                       // EXTRACT
  EXPECT_EQ(extract(kRec, 3, 1, 2), "blue");                        // EXTRACT3
}

TEST(DynArrayExtract, ComputedIndexesAndUses) {
  int64_t i = 2;
  int64_t j = 3;
  EXPECT_EQ(extract(kRec, i, j, 0), "LS1");                                // VARIDX
  EXPECT_EQ(extract(kRec, i + 1, j - 2, 1), "red");                        // EXPRIDX
  EXPECT_EQ(extract(kRec, 2, 0, 0).substr(0, 7), "12 High");               // NESTED
  EXPECT_TRUE(extract(kRec, 1, 0, 0) == "Smith");                          // CMPFIELD
  EXPECT_EQ(std::stoi(std::string(extract(da("5^7"), 2, 0, 0))) * 2, 14);  // NUMFIELD
  EXPECT_EQ(extract("", 3, 0, 0), "");                                     // NULLARR
  EXPECT_EQ(extract(da("a^"), 2, 0, 0), "");                               // TRAILING
}

TEST(DynArrayExtract, CountsLikeDcount) {
  // COUNTS=3 3 2, both on the record directly and on the extracted containers.
  EXPECT_EQ(count_items(kRec, 0, 0), 3);
  EXPECT_EQ(count_items(kRec, 2, 0), 3);
  EXPECT_EQ(count_items(kRec, 3, 1), 2);
  EXPECT_EQ(count_items(extract(kRec, 2, 0, 0), 1, 0), 3);
  EXPECT_EQ(count_items(extract(kRec, 3, 1, 0), 1, 1), 2);
}

// ---- INSERT.DELETE.REPLACE ----

const std::string kT = da("a^b]c\\d");

TEST(DynArrayInsert, AtEachLevel) {
  EXPECT_EQ(show(kT), "a^b]c\\d");                            // ORIG
  EXPECT_EQ(inserted(kT, 1, 0, 0, "new"), "new^a^b]c\\d");    // INS1
  EXPECT_EQ(inserted(kT, 2, 1, 0, "nv"), "a^nv]b]c\\d");      // INS2
  EXPECT_EQ(inserted(kT, 2, 2, 1, "ns"), "a^b]ns\\c\\d");     // INS3
  EXPECT_EQ(inserted(kT, -1, 0, 0, "end"), "a^b]c\\d^end");   // INSEND
  EXPECT_EQ(inserted(kT, 5, 0, 0, "far"), "a^b]c\\d^^^far");  // INSFAR
  EXPECT_EQ(inserted(kT, 2, 3, 0, "v3"), "a^b]c\\d]v3");      // INSSEMI
}

TEST(DynArrayDelete, AtEachLevel) {
  EXPECT_EQ(deleted(kT, 1, 0, 0), "b]c\\d");    // DEL1
  EXPECT_EQ(deleted(kT, 2, 2, 0), "a^b");       // DEL2
  EXPECT_EQ(deleted(kT, 2, 2, 1), "a^b]d");     // DEL3
  EXPECT_EQ(deleted(kT, 9, 0, 0), "a^b]c\\d");  // DELNONE
  EXPECT_EQ(deleted(kT, 2, 0, 0), "a");         // DELTWO
}

TEST(DynArrayReplace, FunctionForm) {
  EXPECT_EQ(replaced(kT, 2, 1, 0, "R"), "a^R]c\\d");     // REP1
  EXPECT_EQ(replaced(kT, 4, 0, 0, "R"), "a^b]c\\d^^R");  // REP2
  EXPECT_EQ(replaced(kT, 2, 0, 0, "whole"), "a^whole");  // REP3
  EXPECT_EQ(replaced(kT, 2, 2, 2, "x"), "a^b]c\\x");     // REP4
  EXPECT_EQ(replaced(kT, 1, 3, 0, "v"), "a]]v^b]c\\d");  // REP5
  EXPECT_EQ(show(kT), "a^b]c\\d");                       // UNCHANGED
}

TEST(DynArrayInsert, IntoEmptyAndAsStack) {
  EXPECT_EQ(inserted("", 1, 0, 0, "x"), "x");    // INSEMPTY
  EXPECT_EQ(inserted("", 3, 0, 0, "x"), "^^x");  // INSEMPTY3
  std::string l;
  for (int i = 1; i <= 3; ++i) insert(l, 1, 0, 0, "n" + std::to_string(i));
  EXPECT_EQ(show(l), "n3^n2^n1");  // STACK
  erase(l, 2, 0, 0);
  EXPECT_EQ(show(l), "n3^n1");  // POPPED
}

// ---- LOCATE.BASIC ----

const std::string kL = da("apple]banana]cherry");

TEST(DynArrayLocate, UnorderedValues) {
  Order n = Order::None;
  EXPECT_EQ(locate("banana", kL, 1, 1, 0, n).found, true);  // V1=FOUND 2
  EXPECT_EQ(locate("banana", kL, 1, 1, 0, n).pos, 2);
  EXPECT_EQ(locate("kiwi", kL, 1, 1, 0, n).found, false);  // V2=NOT 4
  EXPECT_EQ(locate("kiwi", kL, 1, 1, 0, n).pos, 4);
  EXPECT_EQ(locate("cherry", kL, 1, 2, 0, n).found, true);  // V3=FOUND 3
  EXPECT_EQ(locate("cherry", kL, 1, 2, 0, n).pos, 3);
  EXPECT_EQ(locate("apple", kL, 1, 2, 0, n).found, false);  // V4=NOT 4
  EXPECT_EQ(locate("apple", kL, 1, 2, 0, n).pos, 4);
  EXPECT_EQ(locate("banana", kL, 1, 0, 0, n).found, false);  // V5=NOT 2
  EXPECT_EQ(locate("banana", kL, 1, 0, 0, n).pos, 2);
  EXPECT_EQ(locate("Banana", kL, 1, 1, 0, n).found, false);  // V6=NOT 4
  EXPECT_EQ(locate("Banana", kL, 1, 1, 0, n).pos, 4);
}

TEST(DynArrayLocate, UnorderedFieldsAndSubvalues) {
  Order n = Order::None;
  const std::string f = da("x^y^z");
  EXPECT_TRUE(locate("z", f, 1, 0, 0, n).found);  // F1=FOUND 3
  EXPECT_EQ(locate("z", f, 1, 0, 0, n).pos, 3);
  EXPECT_TRUE(locate("y", f, 2, 0, 0, n).found);  // F2=FOUND 2
  EXPECT_EQ(locate("y", f, 2, 0, 0, n).pos, 2);
  EXPECT_FALSE(locate("x", f, 2, 0, 0, n).found);  // F3=NOT 4
  EXPECT_EQ(locate("x", f, 2, 0, 0, n).pos, 4);
  const std::string s = da("a^p]q\\r\\s");
  EXPECT_TRUE(locate("s", s, 2, 2, 1, n).found);  // S1=FOUND 3
  EXPECT_EQ(locate("s", s, 2, 2, 1, n).pos, 3);
  EXPECT_FALSE(locate("zz", s, 2, 2, 1, n).found);  // S2=NOT 4
  EXPECT_EQ(locate("zz", s, 2, 2, 1, n).pos, 4);
  EXPECT_FALSE(locate("q", s, 2, 1, 0, n).found);  // S3=NOT 3
  EXPECT_EQ(locate("q", s, 2, 1, 0, n).pos, 3);
}

TEST(DynArrayLocate, UnorderedComparesExactBytes) {
  Order n = Order::None;
  const std::string nums = da("10]9]100");
  EXPECT_TRUE(locate("9", nums, 1, 1, 0, n).found);  // N1=FOUND 2
  EXPECT_EQ(locate("9", nums, 1, 1, 0, n).pos, 2);
  EXPECT_FALSE(locate("09", nums, 1, 1, 0, n).found);  // N2=NOT 4
  EXPECT_EQ(locate("09", nums, 1, 1, 0, n).pos, 4);
  EXPECT_TRUE(locate("100", nums, 1, 1, 0, n).found);  // N3=FOUND 3
  EXPECT_EQ(locate("100", nums, 1, 1, 0, n).pos, 3);
  EXPECT_EQ(locate("x", kL, 1, 1, 0, n).pos, 4);       // ELSEONLY=4
  EXPECT_EQ(locate("cherry", kL, 1, 1, 0, n).pos, 3);  // THENONLY=3
  LocateResult block = locate("banana", kL, 1, 1, 0, n);
  EXPECT_TRUE(block.found);  // BLOCK=FOUND AT 2
  EXPECT_EQ(block.pos, 2);
}

TEST(DynArrayLocate, LookupTable) {
  const std::string codes = da("AA]BB]CC");
  const std::string descs = da("Alpha]Bravo]Charlie");
  const std::string want = da("CC^AA^QQ");
  std::string out;
  for (int64_t i = 1; i <= 3; ++i) {
    std::string_view w = extract(want, i, 0, 0);
    LocateResult r = locate(w, codes, 1, 1, 0, Order::None);
    out += std::string(w) + "=" + (r.found ? std::string(extract(descs, 1, r.pos, 0)) : "UNKNOWN") + ";";
  }
  EXPECT_EQ(out, "CC=Charlie;AA=Alpha;QQ=UNKNOWN;");  // LOOKUP lines
}

// ---- LOCATE.ORDERED ----

void expect_locate(std::string_view x, const std::string& s, Order order, bool found, int64_t pos) {
  LocateResult r = locate(x, s, 1, 1, 0, order);
  EXPECT_EQ(r.found, found) << "locating " << x << " in " << show(s);
  EXPECT_EQ(r.pos, pos) << "locating " << x << " in " << show(s);
}

TEST(DynArrayLocateOrdered, LeftAndRightAscending) {
  expect_locate("blue", kL, Order::AL, false, 3);      // AL1=INS 3
  expect_locate("aardvark", kL, Order::AL, false, 1);  // AL2=INS 1
  expect_locate("zebra", kL, Order::AL, false, 4);     // AL3=INS 4
  expect_locate("banana", kL, Order::AL, true, 2);     // AL4=FOUND 2
  const std::string n = da("5]20]100");
  expect_locate("30", n, Order::AR, false, 3);  // AR1=INS 3
  expect_locate("100", n, Order::AR, true, 3);  // AR2=FOUND 3
  expect_locate("1", n, Order::AR, false, 1);   // AR3=INS 1
  expect_locate("30", n, Order::AL, false, 1);  // ALNUM=INS 1
}

TEST(DynArrayLocateOrdered, Descending) {
  const std::string d = da("100]20]5");
  expect_locate("30", d, Order::DR, false, 2);  // DR1=INS 2
  expect_locate("1", d, Order::DR, false, 4);   // DR2=INS 4
  expect_locate("20", d, Order::DR, true, 2);   // DR3=FOUND 2
  const std::string w = da("pear]fig]date");
  expect_locate("grape", w, Order::DL, false, 2);  // DL1=INS 2
  expect_locate("zoo", w, Order::DL, false, 1);    // DL2=INS 1
  expect_locate("fig", w, Order::DL, true, 2);     // DL3=FOUND 2
  expect_locate("a", "", Order::AL, false, 1);     // EMPTY=INS 1
}

// Builds a sorted multivalued list the way the program does: LOCATE ... ELSE INS ... BEFORE list<1,P>.
std::string build_sorted(std::string_view inputs, Order order) {
  std::string list;
  for (int64_t i = 1; i <= count_items(inputs, 0, 0); ++i) {
    std::string_view w = extract(inputs, i, 0, 0);
    LocateResult r = locate(w, list, 1, 1, 0, order);
    if (!r.found) insert(list, 1, r.pos, 0, w);
  }
  return list;
}

TEST(DynArrayLocateOrdered, BuildsSortedLists) {
  const std::string inputs = da("delta^alpha^echo^charlie^alpha^bravo");
  const std::string vals = da("42^7^300^19^7^1000");
  EXPECT_EQ(show(build_sorted(inputs, Order::AL)), "alpha]bravo]charlie]delta]echo");  // BUILTAL
  EXPECT_EQ(show(build_sorted(vals, Order::AR)), "7]19]42]300]1000");                  // BUILTAR
  EXPECT_EQ(show(build_sorted(vals, Order::DR)), "1000]300]42]19]7");                  // BUILTDR
  std::string f;
  for (int64_t i = 1; i <= count_items(inputs, 0, 0); ++i) {
    std::string_view w = extract(inputs, i, 0, 0);
    LocateResult r = locate(w, f, 1, 0, 0, Order::DL);
    if (!r.found) insert(f, r.pos, 0, 0, w);
  }
  EXPECT_EQ(show(f), "echo^delta^charlie^bravo^alpha");  // FIELDSDL
}

// ---- REMOVE ----

// Runs REMOVE until the delimiter code is 0, recording "[item]code" for each step.
std::string remove_all(std::string_view s) {
  std::string out;
  size_t pos = 0;
  int code = 0;
  do {
    std::string_view item = remove_next(s, pos, code);
    out += "[" + std::string(item) + "]" + std::to_string(code);
  } while (code != 0);
  return out;
}

TEST(DynArrayRemove, WalksAllDelimiters) {
  std::string x = da("a^b]c\\d^^e");
  x += kTM;
  x += "f";
  EXPECT_EQ(remove_all(x), "[a]2[b]3[c]4[d]2[]2[e]5[f]0");  // ITEM lines
}

TEST(DynArrayRemove, FunctionFormAndReset) {
  const std::string y = da("p]q");
  size_t pos = 0;
  int code = -1;
  EXPECT_EQ(remove_next(y, pos, code), "p");  // FN1=p 3
  EXPECT_EQ(code, 3);
  EXPECT_EQ(remove_next(y, pos, code), "q");  // FN2=q 0
  EXPECT_EQ(code, 0);
  EXPECT_EQ(pos, y.size() + 1);              // QM's GETREM() is LEN + 1 once REMOVE has run off the end
  EXPECT_EQ(remove_next(y, pos, code), "");  // FN3=[] 0
  EXPECT_EQ(code, 0);
  pos = 0;                                    // assigning Y resets the remove pointer
  EXPECT_EQ(remove_next(y, pos, code), "p");  // RESET=p 3
  EXPECT_EQ(code, 3);
}

TEST(DynArrayRemove, TotalsAndEdgeCases) {
  const std::string z = da("10^20^30");
  size_t pos = 0;
  int more = 0;
  int total = 0;
  do {
    total += std::stoi(std::string(remove_next(z, pos, more)));
  } while (more != 0);
  EXPECT_EQ(total, 60);                      // TOTAL=60
  EXPECT_EQ(show(z), "10^20^30");            // ZINTACT
  EXPECT_EQ(remove_all(""), "[]0");          // EMPTY=[] 0
  EXPECT_EQ(remove_all("solo"), "[solo]0");  // SINGLE=solo 0
  std::string w = "x";
  w += kIM;
  w += "y";
  pos = 0;
  EXPECT_EQ(remove_next(w, pos, more), "x");  // IMARK=x 1
  EXPECT_EQ(more, 1);
}

TEST(DynArrayRemove, JoinsNames) {
  const std::string names = da("Ann]Bob]Cy");
  std::string out;
  size_t pos = 0;
  int code = 0;
  do {
    std::string name(remove_next(names, pos, code));
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out += name;
    if (code != 0) out += "+";
  } while (code != 0);
  EXPECT_EQ(out, "ANN+BOB+CY");  // JOINED
}

// ---- QM rules beyond the conformance programs ----

TEST(DynArrayEdges, ExtractPositionRules) {
  EXPECT_EQ(extract(kRec, 0, 0, 0), "");
  EXPECT_EQ(extract(kRec, -1, 0, 0), "");
  EXPECT_EQ(extract(kRec, 2, -1, 0), "");
  EXPECT_EQ(extract(kRec, 2, 1, -1), "");
  EXPECT_EQ(show(extract(kRec, 2, 0, 5)), "12 High St]Leeds]LS1");  // v = 0 ignores sv
}

TEST(DynArrayEdges, ReplacePositionRules) {
  EXPECT_EQ(replaced(kT, 0, 0, 0, "z"), "z^b]c\\d");     // field 0 means 1
  EXPECT_EQ(replaced(kT, -1, 2, 3, "z"), "a^b]c\\d^z");  // lower levels ignored after -1
  EXPECT_EQ(replaced(kT, 2, -1, 3, "z"), "a^b]c\\d]z");  // sv ignored after v = -1
  EXPECT_EQ(replaced("", -1, 0, 0, "z"), "z");
  EXPECT_EQ(replaced(da("a^^c"), 2, -1, 0, "z"), "a^z^c");  // empty field takes no mark
  EXPECT_EQ(replaced(da("a"), 3, -1, 0, "z"), "a^^z");
  EXPECT_EQ(replaced(da("a"), 3, 0, 0, ""), "a^^");  // padding even for ""
  EXPECT_EQ(replaced(da("a^b"), 1, 0, 0, da("x^y")), "x^y^b");
}

TEST(DynArrayEdges, InsertPositionRules) {
  EXPECT_EQ(inserted(kT, 5, 0, 0, ""), "a^b]c\\d");   // "" beyond the end adds nothing
  EXPECT_EQ(inserted(kT, 1, 0, 0, ""), "^a^b]c\\d");  // "" before an item adds an empty one
  EXPECT_EQ(inserted(da("a^^c"), 2, 0, 0, "x"), "a^x^^c");
  EXPECT_EQ(inserted(da("a^^c"), 2, 1, 0, "x"), "a^x^c");  // empty field is filled
  EXPECT_EQ(inserted(da("a]^c"), 1, 2, 0, "x"), "a]x^c");  // empty last value is filled
  EXPECT_EQ(inserted(da("a^"), 2, 0, 0, "x"), "a^x");
  EXPECT_EQ(inserted(da("a]b"), 1, -1, 0, "x"), "a]b]x");
  EXPECT_EQ(inserted(da("a"), 3, 2, 0, "x"), "a^^]x");
  EXPECT_EQ(inserted(kT, 0, 0, 0, "z"), "z^a^b]c\\d");
}

TEST(DynArrayEdges, DeletePositionRules) {
  EXPECT_EQ(deleted(kT, -1, 0, 0), "a^b]c\\d");
  EXPECT_EQ(deleted(kT, 2, -1, 0), "a^b]c\\d");
  EXPECT_EQ(deleted(kT, 0, 0, 0), "b]c\\d");
  EXPECT_EQ(deleted(kT, 2, 1, 0), "a^c\\d");
  EXPECT_EQ(deleted(kT, 2, 3, 0), "a^b]c\\d");
  EXPECT_EQ(deleted(da("a^b"), 2, 1, 0), "a^");
  EXPECT_EQ(deleted(da("a^"), 2, 0, 0), "a");
  EXPECT_EQ(deleted("solo", 1, 0, 0), "");
  EXPECT_EQ(deleted("", 1, 0, 0), "");
}

TEST(DynArrayEdges, CountItems) {
  EXPECT_EQ(count_items("", 0, 0), 0);
  EXPECT_EQ(count_items(da("a^"), 0, 0), 2);
  EXPECT_EQ(count_items(da("a^^c"), 2, 0), 0);
  EXPECT_EQ(count_items(da("a"), 5, 0), 0);
  EXPECT_EQ(count_items(da("a]b\\c"), 1, 2), 2);
}

TEST(DynArrayEdges, LocateEmptyAndTrailingItems) {
  Order n = Order::None;
  EXPECT_TRUE(locate("", "", 1, 0, 0, n).found);
  EXPECT_EQ(locate("", "", 1, 0, 0, n).pos, 1);
  EXPECT_FALSE(locate("", "", 2, 0, 0, n).found);
  EXPECT_EQ(locate("x", "", 3, 0, 0, n).pos, 3);
  const std::string mid = da("abc^^def");
  EXPECT_TRUE(locate("", mid, 2, 1, 0, n).found);  // an empty field holds one empty slot
  EXPECT_EQ(locate("xyz", mid, 2, 1, 0, Order::AL).pos, 1);
  EXPECT_EQ(locate("xyz", mid, 2, 5, 0, n).pos, 5);  // start beyond the end
  // An empty final item at the very end of the string is where a new item goes.
  EXPECT_EQ(locate("z", da("a^b^"), 1, 0, 0, n).pos, 3);
  EXPECT_TRUE(locate("", da("a^b^"), 1, 0, 0, n).found);
  EXPECT_EQ(locate("z", da("a]^c"), 1, 1, 0, n).pos, 3);  // not at the end: count+1
  EXPECT_EQ(locate("z", da("a^b"), 9, 0, 0, n).pos, 9);
  EXPECT_EQ(locate("b", da("a^b"), 0, 0, 0, n).pos, 2);  // field below 1 means 1
}

TEST(DynArrayEdges, LocateRightAlignedComparisons) {
  expect_locate("-5", da("-10]-5]0]2.5]10"), Order::AR, true, 2);
  expect_locate("2.50", da("-10]-5]0]2.5]10"), Order::AR, true, 4);
  expect_locate("3", da("-10]-5]0]2.5]10"), Order::AR, false, 5);
  expect_locate("B", da("A]AA]AAA"), Order::AR, false, 2);  // right aligned: " B" sorts after " A"
  expect_locate("09", da("1]9]10"), Order::AR, true, 2);    // numeric equality
  expect_locate("ab", da("b]abc"), Order::AL, false, 1);
  expect_locate("figs", da("pear]fig]date"), Order::DL, false, 2);
}

TEST(DynArrayEdges, OrderCodes) {
  EXPECT_EQ(order_from_code("AL"), Order::AL);
  EXPECT_EQ(order_from_code("ar"), Order::AR);
  EXPECT_EQ(order_from_code("D"), Order::DL);
  EXPECT_EQ(order_from_code("DR"), Order::DR);
  EXPECT_EQ(order_from_code(""), Order::None);
  EXPECT_EQ(order_from_code("X"), Order::None);
}

TEST(DynArrayEdges, SelfReferencingUpdates) {
  std::string s = da("abc^def");
  replace(s, 3, 0, 0, extract(s, 1, 0, 0));
  EXPECT_EQ(show(s), "abc^def^abc");
  insert(s, 1, 0, 0, extract(s, 2, 0, 0));
  EXPECT_EQ(show(s), "def^abc^def^abc");
}

// ---- Field hints ----

TEST(DynArrayHint, SequentialAppendAndExtractAreLinear) {
  constexpr int64_t kCount = 200000;
  std::string s;
  FieldHint hint;
  for (int64_t i = 1; i <= kCount; ++i) replace(s, -1, 0, 0, std::to_string(i), &hint);
  EXPECT_EQ(count_items(s, 0, 0), kCount);
  hint = {};
  for (int64_t i = 1; i <= kCount; ++i) {
    ASSERT_EQ(extract(s, i, 0, 0, &hint), std::to_string(i)) << "field " << i;
  }
  EXPECT_EQ(hint.field, kCount);
  EXPECT_EQ(extract(s, kCount + 1, 0, 0, &hint), "");
}

TEST(DynArrayHint, SequentialAssignmentIsLinear) {
  constexpr int64_t kCount = 200000;
  std::string s;
  FieldHint hint;
  for (int64_t i = 1; i <= kCount; ++i) replace(s, i, 0, 0, "a" + std::to_string(i), &hint);
  // Same-length replacements in place, so the loop measures the walking, not the moving of bytes.
  for (int64_t i = 1; i <= kCount; ++i) replace(s, i, 1, 0, "b" + std::to_string(i), &hint);
  FieldHint read;
  for (int64_t i = 1; i <= kCount; ++i) {
    ASSERT_EQ(extract(s, i, 1, 0, &read), "b" + std::to_string(i)) << "field " << i;
  }
  EXPECT_EQ(count_items(s, 0, 0), kCount);
}

TEST(DynArrayHint, StaysValidAcrossReplace) {
  std::string s = da("a^b^c^d");
  FieldHint hint;
  EXPECT_EQ(extract(s, 3, 0, 0, &hint), "c");
  replace(s, 2, 0, 0, da("x^y^z"), &hint);  // shifts and renumbers the later fields
  EXPECT_EQ(show(s), "a^x^y^z^c^d");
  EXPECT_EQ(extract(s, 5, 0, 0, &hint), "c");
  EXPECT_EQ(extract(s, 2, 0, 0, &hint), "x");
  replace(s, 3, 2, 0, "v", &hint);
  EXPECT_EQ(show(extract(s, 3, 0, 0, &hint)), "y]v");
  replace(s, 9, 0, 0, "n", &hint);
  EXPECT_EQ(extract(s, 9, 0, 0, &hint), "n");
  EXPECT_EQ(extract(s, 6, 0, 0, &hint), "d");
}

TEST(DynArrayHint, IgnoresStaleHints) {
  std::string s = da("a^b^c");
  FieldHint stale{2, 3, nullptr};  // byte 3 is not the start of a field
  EXPECT_EQ(extract(s, 3, 0, 0, &stale), "c");
  FieldHint beyond{2, 99, nullptr};
  EXPECT_EQ(extract(s, 2, 0, 0, &beyond), "b");
  FieldHint later{3, 4, nullptr};  // a hint past the requested field is not used
  EXPECT_EQ(extract(s, 1, 0, 0, &later), "a");
}

// ---- The field index ----

// A string of n fields "f1", "f2", ... whose field 5 (when there is one) holds n values and value 3 of
// that field n subvalues, so every level is long enough to be indexed.
std::string indexed_sample(int64_t n) {
  std::string s;
  for (int64_t i = 1; i <= n; ++i) {
    if (i > 1) s.push_back(kFM);
    if (i != 5) {
      s += "f" + std::to_string(i);
      continue;
    }
    for (int64_t j = 1; j <= n; ++j) {
      if (j > 1) s.push_back(kVM);
      s += "v" + std::to_string(j);
      if (j != 3) continue;
      for (int64_t k = 2; k <= n; ++k) s += kSM + ("s" + std::to_string(k));
    }
  }
  return s;
}

TEST(DynArrayIndex, BackwardWalksBuildTheIndexAndAgreeWithPlainExtraction) {
  std::string s = indexed_sample(200);
  FieldHint hint;
  for (int64_t i = 201; i >= 1; --i) ASSERT_EQ(extract(s, i, 0, 0, &hint), extract(s, i, 0, 0)) << i;
  ASSERT_TRUE(hint.index);
  // The walk from 201 reached field 200 by the hint and built the index on its first step back.
  EXPECT_EQ(hint.index->fields.starts.size(), 199u);
  for (int64_t j = 201; j >= 1; --j) ASSERT_EQ(extract(s, 5, j, 0, &hint), extract(s, 5, j, 0)) << j;
  EXPECT_EQ(hint.index->values.f, 5);
  for (int64_t k = 201; k >= 1; --k) ASSERT_EQ(extract(s, 5, 3, k, &hint), extract(s, 5, 3, k)) << k;
  EXPECT_EQ(hint.index->subvalues.v, 3);
  EXPECT_EQ(extract(s, 5, 3, 200, &hint), "s200");
  EXPECT_EQ(extract(s, 5, 3, 1, &hint), "v3");
  EXPECT_EQ(extract(s, 5, 199, 0, &hint), "v199");
  EXPECT_EQ(extract(s, 4, 2, 0, &hint), "");
}

TEST(DynArrayIndex, SmallStringsAndForwardWalksDoNotBuildOne) {
  std::string s = indexed_sample(20);
  FieldHint hint;
  for (int64_t i = 20; i >= 1; --i) ASSERT_EQ(extract(s, i, 0, 0, &hint), extract(s, i, 0, 0));
  EXPECT_FALSE(hint.index);
  std::string big = indexed_sample(100);
  FieldHint forward;
  for (int64_t i = 1; i <= 100; ++i) ASSERT_EQ(extract(big, i, 0, 0, &forward), extract(big, i, 0, 0));
  EXPECT_FALSE(forward.index);
}

// Random reads and writes at every level, checked after each step against extraction without a hint.
TEST(DynArrayIndex, StaysRightAcrossEditsBetweenAccesses) {
  std::string s = indexed_sample(120);
  FieldHint hint;
  uint32_t seed = 12345;
  auto next = [&seed](int64_t n) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int64_t>((seed >> 8) % static_cast<uint32_t>(n)) + 1;
  };
  const std::string pieces[] = {"", "x", "longer text", da("a^b"), da("p]q"), da("m\\n")};
  for (int step = 0; step < 4000; ++step) {
    int64_t f = next(130), v = next(4) == 1 ? 0 : next(130), sv = next(3) == 1 ? 0 : next(130);
    if (next(4) == 1) f = 5;
    if (next(3) == 1) {
      replace(s, next(10) == 1 ? -1 : f, v, sv, pieces[next(6) - 1], &hint);
    } else {
      ASSERT_EQ(extract(s, f, v, sv, &hint), extract(s, f, v, sv)) << "step " << step;
    }
  }
  EXPECT_TRUE(hint.index);
  for (int64_t f = 130; f >= 1; --f) ASSERT_EQ(extract(s, f, 0, 0, &hint), extract(s, f, 0, 0)) << f;
}

// Same-length replacements in place, so the loop measures the walking, not the moving of bytes that a longer
// or shorter field needs.
TEST(DynArrayIndex, BackwardAssignmentIsLinearAndRight) {
  constexpr int64_t kCount = 200000;
  std::string s;
  FieldHint hint;
  for (int64_t i = 1; i <= kCount; ++i) replace(s, -1, 0, 0, "a" + std::to_string(i), &hint);
  for (int64_t i = kCount; i >= 1; --i) replace(s, i, 0, 0, "b" + std::to_string(i), &hint);
  ASSERT_TRUE(hint.index);
  for (int64_t i = kCount; i >= 1; i -= 2) replace(s, i, 1, 0, "c" + std::to_string(i), &hint);
  FieldHint read;
  for (int64_t i = kCount; i >= 1; --i) {
    ASSERT_EQ(extract(s, i, 0, 0, &read), (i % 2 == 0 ? "c" : "b") + std::to_string(i)) << i;
  }
  EXPECT_EQ(count_items(s, 0, 0), kCount);
}

TEST(DynArrayIndex, IgnoresStartsThatDoNotFitTheString) {
  std::string s = indexed_sample(50);
  FieldHint hint;
  EXPECT_EQ(extract(s, 40, 0, 0, &hint), "f40");
  EXPECT_EQ(extract(s, 35, 0, 0, &hint), "f35");
  ASSERT_TRUE(hint.index);
  s = da("a^b^c");  // changed behind the index's back
  EXPECT_EQ(extract(s, 2, 0, 0, &hint), "b");
  EXPECT_EQ(extract(s, 40, 0, 0, &hint), "");
  s = std::string(100, 'z');
  EXPECT_EQ(extract(s, 1, 0, 0, &hint), s);
}

// ---- Right-aligned LOCATE on integers (the fast path) against the general rule ----

// "found at pos" or "not found, pos" for a field search from field 1.
std::string located(std::string_view x, std::string_view list, Order order, int64_t v = 0) {
  LocateResult r = locate(x, da(list), 1, v, 0, order);
  return (r.found ? "found " : "not found ") + std::to_string(r.pos);
}

TEST(DynArrayLocate, RightAlignedIntegersCompareAsNumbers) {
  EXPECT_EQ(located("5", "1^3^007^10", Order::AR), "not found 3");
  EXPECT_EQ(located("7", "1^3^007^10", Order::AR), "found 3");
  EXPECT_EQ(located("-2", "-5^-3^+1", Order::AR), "not found 3");
  EXPECT_EQ(located("-3", "-5^-3^+1", Order::AR), "found 2");
  EXPECT_EQ(located("5", "9^7^5^1", Order::DR), "found 3");
  EXPECT_EQ(located("6", "9^7^5^1", Order::DR), "not found 3");
  EXPECT_EQ(located("5", "1^2^3", Order::AR), "not found 4");
}

TEST(DynArrayLocate, RightAlignedIntegersMeetOtherShapes) {
  // "abc" is not a number, so it compares as padded bytes: "abc" > "  5".
  EXPECT_EQ(located("5", "1^abc^9", Order::AR), "not found 2");
  // 19 digits leave the fast path and still compare as a number.
  EXPECT_EQ(located("12", "1234567890123456789^5", Order::AR), "not found 1");
  EXPECT_EQ(located("1234567890123456789", "5^1234567890123456789", Order::AR), "found 2");
  EXPECT_EQ(located("5", "1^4.5^5.0^6", Order::AR), "found 3");
  // A value holding a subvalue mark is not a number: "3\4" > "  5" byte-wise.
  EXPECT_EQ(located("5", "1]3\\4]8", Order::AR, 1), "not found 2");
  // Empty items, a sign alone and an unsorted list: the scan stops at the first item at or past x.
  EXPECT_EQ(located("5", "^-^9^1^5", Order::AR), "not found 3");
  EXPECT_EQ(located("0", "1^^0", Order::AR), "not found 1");
  EXPECT_EQ(located("5", "3^1^", Order::AR), "not found 3");
}

// ---- Bisection over sorted lists of integers ----

// Sorted inserts and lookups through one hint, each checked against a search without a hint (QM's scan),
// with edits of every kind in between: in-order and out-of-order INS, replacements, appends, text fields.
TEST(DynArrayLocate, BisectionAgreesWithTheScanAcrossEdits) {
  for (Order order : {Order::AR, Order::DR}) {
    std::string s;
    FieldHint hint;
    int bisected = 0;
    uint32_t seed = 777;
    auto next = [&seed](uint32_t n) {
      seed = seed * 1103515245u + 12345u;
      return (seed >> 8) % n;
    };
    for (int step = 0; step < 3000; ++step) {
      std::string x = std::to_string(static_cast<int64_t>(next(2000)) - 1000);
      if (next(50) == 0)
        x = "+" + x.substr(x[0] == '-' ? 1 : 0);
      else if (next(60) == 0)
        x = "0" + x.substr(x[0] == '-' ? 1 : 0);
      if (hint.index && hint.index->all_integers && hint.index->checked_size == s.size()) ++bisected;
      LocateResult plain = locate(x, s, 1, 0, 0, order);
      LocateResult fast = locate(x, s, 1, 0, 0, order, &hint);
      ASSERT_EQ(fast.found, plain.found) << "step " << step << " x " << x;
      ASSERT_EQ(fast.pos, plain.pos) << "step " << step << " x " << x;
      uint32_t what = next(100);
      if (what < 80) {
        if (!plain.found) insert(s, plain.pos, 0, 0, x, &hint);
      } else if (what < 88) {
        insert(s, static_cast<int64_t>(next(static_cast<uint32_t>(count_items(s, 0, 0) + 1))) + 1, 0, 0, x,
               &hint);
      } else if (what < 92) {
        replace(s, static_cast<int64_t>(next(static_cast<uint32_t>(count_items(s, 0, 0) + 1))) + 1, 0, 0, x,
                &hint);
      } else if (what < 95) {
        replace(s, -1, 0, 0, x, &hint);
      } else if (what < 97) {
        // A field that is not an integer, searched around and then deleted again (DEL drops the caches).
        insert(s, 1, 0, 0, next(2) ? "abc" : "", &hint);
        LocateResult p2 = locate(x, s, 1, 0, 0, order);
        LocateResult f2 = locate(x, s, 1, 0, 0, order, &hint);
        ASSERT_TRUE(f2.found == p2.found && f2.pos == p2.pos) << "step " << step;
        erase(s, 1, 0, 0);
        hint = FieldHint{};
      } else if (count_items(s, 0, 0) > 1) {
        erase(s, static_cast<int64_t>(next(static_cast<uint32_t>(count_items(s, 0, 0)))) + 1, 0, 0);
        hint = FieldHint{};
      }
    }
    EXPECT_GT(bisected, 1000);  // most searches met a sorted list of integers
  }
}

TEST(DynArrayLocate, BisectsOnlyNumericKeysInSortedIntegerLists) {
  std::string s = da("1^3^5^7^9");
  FieldHint hint;
  EXPECT_EQ(locate("5", s, 1, 0, 0, Order::AR, &hint).pos, 3);
  ASSERT_TRUE(hint.index);
  EXPECT_TRUE(hint.index->all_integers && hint.index->ascending);
  EXPECT_EQ(locate("abc", s, 1, 0, 0, Order::AR, &hint).pos, locate("abc", s, 1, 0, 0, Order::AR).pos);
  EXPECT_EQ(locate("4.5", s, 1, 0, 0, Order::AR, &hint).pos, 3);
  EXPECT_EQ(locate("10", s, 1, 0, 0, Order::AR, &hint).pos, 6);
  EXPECT_EQ(locate("5", s, 2, 0, 0, Order::AR, &hint).pos, 3);  // from field 2: scanned
  insert(s, 3, 0, 0, "4", &hint);                               // in order: the index follows
  EXPECT_EQ(show(s), "1^3^4^5^7^9");
  EXPECT_TRUE(hint.index && hint.index->ascending);
  EXPECT_EQ(locate("5", s, 1, 0, 0, Order::AR, &hint).pos, 4);
  insert(s, 1, 0, 0, "8", &hint);  // out of order: no longer ascending, so LOCATE scans as QM does
  EXPECT_FALSE(hint.index->ascending);
  LocateResult r = locate("5", s, 1, 0, 0, Order::AR, &hint);
  EXPECT_TRUE(r.pos == 1 && !r.found);
}

// $MODE STRING.LOCATE: AR and DR compare right-aligned strings even when both sides are numbers, with or
// without the hint that lets a numeric search bisect.
TEST(DynArrayLocate, StringCompareIgnoresNumbers) {
  const std::string s = da("5^10^100");
  FieldHint hint;
  EXPECT_TRUE(locate("010", s, 1, 0, 0, Order::AR, &hint).found);
  LocateResult r = locate("010", s, 1, 0, 0, Order::AR, &hint, true);
  EXPECT_TRUE(!r.found && r.pos == 3);  // "010" sorts after " 10" and before "100"
  r = locate("-10", da("-20^-5^3"), 1, 0, 0, Order::AR, nullptr, true);
  EXPECT_TRUE(!r.found && r.pos == 1);  // "-20" is after "-10" as a string
  r = locate("020", da("100]20]3"), 1, 1, 0, Order::DR, nullptr, true);
  EXPECT_TRUE(!r.found && r.pos == 2);
  EXPECT_TRUE(locate("10", s, 1, 0, 0, Order::AR, &hint, true).found);
  EXPECT_EQ(locate("20", s, 1, 0, 0, Order::AL, nullptr, true).pos, 1);  // AL is a byte order anyway
}

}  // namespace
}  // namespace mv::runtime
