// Unit tests for runtime/value: the copy-on-write string buffer and its reference counts, QM truthiness,
// comparison and equality as the language notes (section 2) give them, and the numeric caches a string
// buffer keeps.
#include "runtime/value.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mv::runtime {
namespace {

Value str(std::string_view s) { return Value::string(s); }

// A handle object that records its own destruction.
class TestHandle : public HandleObject {
 public:
  explicit TestHandle(bool& destroyed) : destroyed_(destroyed) {}
  ~TestHandle() override { destroyed_ = true; }
  const char* type_name() const override { return "test"; }

 private:
  bool& destroyed_;
};

// ---- copy-on-write and reference counts ----

TEST(value, CopiesShareOneBufferAndCountIt) {
  Value a = str("abc");
  ASSERT_NE(a.buffer(), nullptr);
  EXPECT_EQ(a.buffer()->refs, 1u);
  {
    Value b = a;
    EXPECT_EQ(b.buffer(), a.buffer());
    EXPECT_EQ(a.buffer()->refs, 2u);
    Value c;
    c = b;
    EXPECT_EQ(a.buffer()->refs, 3u);
  }
  EXPECT_EQ(a.buffer()->refs, 1u);
}

TEST(value, MutatingACopyLeavesTheOriginalIntact) {
  Value a = str("abc");
  Value b = a;
  b.mutable_str() += "def";
  EXPECT_EQ(a.str(), "abc");
  EXPECT_EQ(b.str(), "abcdef");
  EXPECT_NE(a.buffer(), b.buffer());
  EXPECT_EQ(a.buffer()->refs, 1u);
  EXPECT_EQ(b.buffer()->refs, 1u);
  // And the other way round: the original may be mutated while a copy is alive.
  Value c = a;
  a.mutable_str()[0] = 'X';
  EXPECT_EQ(a.str(), "Xbc");
  EXPECT_EQ(c.str(), "abc");
}

TEST(value, UnsharedBufferIsMutatedInPlace) {
  Value a = str("abc");
  StrBuf* before = a.buffer();
  a.mutable_str() += "d";
  EXPECT_EQ(a.buffer(), before);
  EXPECT_EQ(a.str(), "abcd");
}

TEST(value, MoveTransfersTheBufferWithoutCounting) {
  Value a = str("abc");
  StrBuf* buf = a.buffer();
  Value b = std::move(a);
  EXPECT_EQ(b.buffer(), buf);
  EXPECT_EQ(buf->refs, 1u);
  EXPECT_TRUE(a.is_unassigned());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
  Value c;
  c = std::move(b);
  EXPECT_EQ(c.buffer(), buf);
  EXPECT_EQ(buf->refs, 1u);
}

TEST(value, AssigningOverASharedStringReleasesIt) {
  Value a = str("abc");
  Value b = a;
  EXPECT_EQ(a.buffer()->refs, 2u);
  b = Value::integer(5);
  EXPECT_EQ(a.buffer()->refs, 1u);
  b.set_int(6);
  b = a;
  b.reset();
  EXPECT_TRUE(b.is_unassigned());
  EXPECT_EQ(a.buffer()->refs, 1u);
}

TEST(value, SelfAssignmentKeepsTheValue) {
  Value a = str("abc");
  Value& alias = a;
  a = alias;
  EXPECT_EQ(a.str(), "abc");
  EXPECT_EQ(a.buffer()->refs, 1u);
}

TEST(value, HandlesAreCountedAndFreedWithTheLastCopy) {
  bool destroyed = false;
  {
    Value h = Value::handle(new TestHandle(destroyed));
    EXPECT_TRUE(h.is_handle());
    {
      Value copy = h;
      EXPECT_EQ(h.handle_object()->refs, 2u);
    }
    EXPECT_EQ(h.handle_object()->refs, 1u);
    EXPECT_FALSE(destroyed);
  }
  EXPECT_TRUE(destroyed);
}

TEST(value, NullStringHasNoBuffer) {
  Value e = str("");
  EXPECT_TRUE(e.is_str());
  EXPECT_EQ(e.buffer(), nullptr);
  EXPECT_EQ(e.str(), "");
  e.mutable_str() += "x";
  EXPECT_EQ(e.str(), "x");
}

TEST(value, MutableStrTurnsANumberIntoItsText) {
  Value i = Value::integer(42);
  EXPECT_EQ(i.mutable_str(), "42");
  EXPECT_TRUE(i.is_str());
  Value f = Value::real(1.0 / 3);
  // The default PRECISION is 4.
  EXPECT_EQ(f.mutable_str(), "0.3333");
}

TEST(value, MakeStringFormatsAtTheGivenPrecision) {
  Value f = Value::real(2.0 / 3);
  f.make_string(2);
  EXPECT_TRUE(f.is_str());
  EXPECT_EQ(f.str(), "0.67");
  Value s = str("kept");
  s.make_string(0);
  EXPECT_EQ(s.str(), "kept");
}

TEST(value, RemovePointerResetsOnAssignment) {
  Value a = str("a\xFE" "b");
  a.set_remove_pos(2);
  EXPECT_EQ(a.remove_pos(), 2u);
  a = str("c");
  EXPECT_EQ(a.remove_pos(), 0u);
  a.set_remove_pos(1);
  a.set_int(3);
  EXPECT_EQ(a.remove_pos(), 0u);
}

TEST(value, TextOfAndAppendText) {
  std::string scratch;
  EXPECT_EQ(text_of(Value::integer(-7), 4, scratch), "-7");
  EXPECT_EQ(text_of(Value::real(2.5), 4, scratch), "2.5");
  EXPECT_EQ(text_of(Value::real(1.0 / 3), 2, scratch), "0.33");
  EXPECT_EQ(text_of(str("x"), 4, scratch), "x");
  EXPECT_EQ(text_of(Value(), 4, scratch), "");
  std::string out = "a";
  append_text(out, Value::integer(1), 4);
  append_text(out, str("b"), 4);
  append_text(out, Value::real(0.5), 4);
  EXPECT_EQ(out, "a1b0.5");
}

// ---- truthiness (language notes 2.7) ----

TEST(value, NumericZeroAndNullStringAreFalse) {
  EXPECT_FALSE(truthy(Value::integer(0)));
  EXPECT_FALSE(truthy(Value::real(0.0)));
  EXPECT_FALSE(truthy(str("")));
  EXPECT_TRUE(truthy(Value::integer(-1)));
  EXPECT_TRUE(truthy(Value::real(0.001)));
}

TEST(value, StringsOfZerosAreFalse) {
  for (const char* s : {"0", "00", "0.0", "-0", "+0", "0.", ".0", "000.000"}) EXPECT_FALSE(truthy(str(s))) << s;
}

TEST(value, OtherStringsAreTrue) {
  for (const char* s : {" 0", "0 ", "abc", "1", "0.01", "-1", "0x0", "1e0", "0a"}) EXPECT_TRUE(truthy(str(s))) << s;
}

TEST(value, HandlesAreTrueUnassignedIsFalse) {
  bool destroyed = false;
  EXPECT_TRUE(truthy(Value::handle(new TestHandle(destroyed))));
  EXPECT_TRUE(destroyed);
  EXPECT_FALSE(truthy(Value()));
}

// ---- comparison and equality (language notes 2.3) ----

TEST(value, NumericStringsCompareAsNumbers) {
  EXPECT_TRUE(equal(str("1.0"), str("1")));
  EXPECT_TRUE(equal(str("01"), str("1")));
  EXPECT_TRUE(equal(str("+3"), str("3")));
  EXPECT_TRUE(equal(str(".5"), str("0.5")));
  EXPECT_GT(compare(str("10"), str("9")), 0);
  EXPECT_LT(compare(str("-2"), str("1")), 0);
  EXPECT_EQ(compare(str("1.0"), str("1")), 0);
}

TEST(value, SpacedStringIsTextAgainstAStringButANumberAgainstANumber) {
  EXPECT_FALSE(equal(str(" 1"), str("1")));
  EXPECT_NE(compare(str(" 1"), str("1")), 0);
  EXPECT_TRUE(equal(str(" 1"), Value::integer(1)));
  EXPECT_TRUE(equal(Value::integer(1), str(" 1")));
  EXPECT_TRUE(equal(str("1 "), Value::integer(1)));
  EXPECT_EQ(compare(str(" 2"), Value::integer(10)), -1);
}

TEST(value, NullStringSortsBelowNumbersAndIsNotZero) {
  EXPECT_LT(compare(str(""), Value::integer(0)), 0);
  EXPECT_GT(compare(Value::integer(0), str("")), 0);
  EXPECT_FALSE(equal(str(""), Value::integer(0)));
  EXPECT_FALSE(equal(str(""), str("0")));
  EXPECT_LT(compare(str(""), Value::integer(-5)), 0);
  EXPECT_LT(compare(str(""), str("a")), 0);
  EXPECT_TRUE(equal(str(""), str("")));
  EXPECT_EQ(compare(str(""), str("")), 0);
}

TEST(value, NonNumericStringsCompareByteWise) {
  EXPECT_LT(compare(str("10A"), str("9")), 0);
  EXPECT_LT(compare(str("abc"), str("abd")), 0);
  EXPECT_LT(compare(str("ab"), str("abc")), 0);
  EXPECT_GT(compare(str("b"), str("abc")), 0);
  EXPECT_LT(compare(str("B"), str("a")), 0);  // case-sensitive
  EXPECT_FALSE(equal(str("abc"), str("ABC")));
  // Bytes compare unsigned: the marks sort above every ASCII character.
  EXPECT_GT(compare(str("\xFE"), str("z")), 0);
  // A number against a non-numeric string compares the number's text.
  EXPECT_LT(compare(Value::integer(10), str("9A")), 0);
}

TEST(value, FloatsAreEqualWithinFltdiff) {
  EXPECT_TRUE(equal(Value::real(0.1 + 0.2), Value::real(0.3)));
  EXPECT_TRUE(equal(Value::real(1.0 + 1e-12), Value::integer(1)));
  EXPECT_FALSE(equal(Value::real(1.0 + 1e-9), Value::integer(1)));
  EXPECT_TRUE(equal(str("0.3"), Value::real(0.1 + 0.2)));
  EXPECT_EQ(compare(Value::real(2.5), Value::integer(2)), 1);
}

TEST(value, IntegersCompareExactly) {
  EXPECT_LT(compare(Value::integer(INT64_MAX - 1), Value::integer(INT64_MAX)), 0);
  EXPECT_EQ(compare(Value::integer(-3), str("-3")), 0);
}

// ---- numeric caches ----

TEST(value, StrictReadingIsCachedInTheBuffer) {
  Value v = str("42");
  StrBuf* b = v.buffer();
  EXPECT_EQ(b->strict_state, 0);
  Number n;
  ASSERT_TRUE(strict_number(v, n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 42);
  EXPECT_EQ(b->strict_state, 2);
  EXPECT_EQ(b->strict.i, 42);
  // A copy shares the buffer and so the cached reading.
  Value copy = v;
  EXPECT_EQ(copy.buffer()->strict_state, 2);
}

TEST(value, NonNumbersAreCachedAsSuch) {
  Value v = str(" 7 ");
  Number n;
  EXPECT_FALSE(strict_number(v, n));
  EXPECT_EQ(v.buffer()->strict_state, 1);
  ASSERT_TRUE(lenient_number(v, n));
  EXPECT_EQ(n.i, 7);
  EXPECT_EQ(v.buffer()->lenient_state, 2);
  Value w = str("abc");
  EXPECT_FALSE(lenient_number(w, n));
  EXPECT_EQ(w.buffer()->lenient_state, 1);
}

TEST(value, MutationDropsTheCachedNumber) {
  Value v = str("12");
  Number n;
  ASSERT_TRUE(strict_number(v, n));
  v.mutable_str() += "3";
  EXPECT_EQ(v.buffer()->strict_state, 0);
  ASSERT_TRUE(strict_number(v, n));
  EXPECT_EQ(n.i, 123);
  v.mutable_str() += "x";
  EXPECT_FALSE(strict_number(v, n));
}

TEST(value, CopyOnWriteDoesNotDisturbTheOriginalsCache) {
  Value a = str("5");
  Number n;
  ASSERT_TRUE(strict_number(a, n));
  Value b = a;
  b.mutable_str() += "x";
  EXPECT_EQ(a.buffer()->strict_state, 2);
  ASSERT_TRUE(strict_number(a, n));
  EXPECT_EQ(n.i, 5);
}

TEST(value, MutableStrKeepsTheFieldHintOnlyWhenAsked) {
  Value v = str("a\xFE" "b\xFE" "c");
  v.buffer()->hint = FieldHint{2, 2, nullptr};
  v.mutable_str(true);
  EXPECT_EQ(v.buffer()->hint.field, 2);
  EXPECT_EQ(v.buffer()->hint.offset, 2u);
  v.mutable_str();
  EXPECT_EQ(v.buffer()->hint.field, 0);
}

TEST(value, NumbersReadDirectlyWithoutAString) {
  Number n;
  ASSERT_TRUE(strict_number(Value::integer(-9), n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, -9);
  ASSERT_TRUE(lenient_number(Value::real(1.5), n));
  EXPECT_FALSE(n.is_int);
  EXPECT_DOUBLE_EQ(n.f, 1.5);
  // The null string is 0 for arithmetic but not a number for comparison.
  ASSERT_TRUE(lenient_number(str(""), n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 0);
  EXPECT_FALSE(strict_number(str(""), n));
}

}  // namespace
}  // namespace mv::runtime

namespace mv::runtime {
namespace {

TEST(value, QuickIntegerReadsShortDigitStringsAndCachesThem) {
  int64_t n = 0;
  ASSERT_TRUE(quick_integer(Value::integer(-4), n));
  EXPECT_EQ(n, -4);
  Value v = Value::string(std::string_view("-0042"));
  ASSERT_TRUE(quick_integer(v, n));
  EXPECT_EQ(n, -42);
  EXPECT_EQ(v.buffer()->lenient_state, 2);
  ASSERT_TRUE(quick_integer(v, n));  // now from the cache
  EXPECT_EQ(n, -42);
  v.mutable_str() = "17";  // an edit drops the cache
  ASSERT_TRUE(quick_integer(v, n));
  EXPECT_EQ(n, 17);
  v.mutable_str() = " 5";  // spaces, signs, points and long runs are for lenient_number
  EXPECT_FALSE(quick_integer(v, n));
  for (const char* t : {"+5", "1.5", "-", "1234567890123456789", "12a",
                        "1\xFE"
                        "2"}) {
    EXPECT_FALSE(quick_integer(Value::string(std::string_view(t)), n)) << t;
  }
  EXPECT_FALSE(quick_integer(Value::string(std::string_view()), n));
  EXPECT_FALSE(quick_integer(Value::real(2.0), n));
  Value w = Value::string(std::string_view("x"));
  Number lenient;
  EXPECT_FALSE(lenient_number(w, lenient));
  EXPECT_FALSE(quick_integer(w, n));  // the cached "not a number" is not taken for an integer
}

}  // namespace
}  // namespace mv::runtime
