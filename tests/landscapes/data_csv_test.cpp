// Data CSV reading and writing: accepted forms, every rejection as one line with file, line and column.
#include "landscapes/data_csv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace lv::landscapes {
namespace {

std::string errorOf(std::string_view text) {
  std::string error;
  EXPECT_FALSE(parseDataCsv(text, "d.csv", &error)) << text;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  return error;
}

TEST(DataCsv, ReadsHeaderAndRows) {
  std::string error;
  const auto table = parseDataCsv("u,t\n1,2.5\n-3e-2, +4 \n", "d.csv", &error);
  ASSERT_TRUE(table) << error;
  EXPECT_EQ(table->columns, (std::vector<std::string>{"u", "t"}));
  EXPECT_EQ(table->values, (std::vector<double>{1, 2.5, -0.03, 4}));
  EXPECT_EQ(table->rows(), 2u);
}

TEST(DataCsv, AcceptsCrLfBomBlankLinesAndNoFinalNewline) {
  const auto table = parseDataCsv("\xEF\xBB\xBFu1,_v2\r\n\r\n1,2\r\n\n3,4", "d.csv", nullptr);
  ASSERT_TRUE(table);
  EXPECT_EQ(table->columns, (std::vector<std::string>{"u1", "_v2"}));
  EXPECT_EQ(table->values, (std::vector<double>{1, 2, 3, 4}));
}

TEST(DataCsv, RejectsAnEmptyFileAndAHeaderWithoutRows) {
  EXPECT_EQ(errorOf(""), "d.csv:1: empty file (expected a header row of column names)");
  EXPECT_EQ(errorOf("\n  \n"), "d.csv:1: empty file (expected a header row of column names)");
  EXPECT_EQ(errorOf("\nu,t\n\n"), "d.csv:2: no data rows after the header");
}

TEST(DataCsv, RejectsRaggedRows) {
  EXPECT_EQ(errorOf("u,t\n1,2\n3,4,5\n"), "d.csv:3: column 3: extra value: the header has 2 columns");
  EXPECT_EQ(errorOf("u,t\n1,2\n3\n"), "d.csv:3: column 2 (t): missing value: the row has 1 of 2");
  EXPECT_EQ(errorOf("u,t\n1,\n"), "d.csv:2: column 2 (t): empty value");
}

TEST(DataCsv, RejectsTextAndNonFiniteNumbers) {
  EXPECT_EQ(errorOf("u,t\n1,abc\n"), "d.csv:2: column 2 (t): 'abc' is not a number");
  EXPECT_EQ(errorOf("u,t\n1,2x\n"), "d.csv:2: column 2 (t): '2x' is not a number");
  EXPECT_EQ(errorOf("u,t\n\"1\",2\n"), "d.csv:2: column 1 (u): '\"1\"' is not a number");
  EXPECT_EQ(errorOf("u,t\n0x10,2\n"), "d.csv:2: column 1 (u): '0x10' is not a number");
  EXPECT_EQ(errorOf("u,t\nNaN,2\n"), "d.csv:2: column 1 (u): 'NaN' is not a finite number");
  EXPECT_EQ(errorOf("u,t\n1,-inf\n"), "d.csv:2: column 2 (t): '-inf' is not a finite number");
  EXPECT_EQ(errorOf("u,t\n1,1e999\n"), "d.csv:2: column 2 (t): '1e999' is out of the range of a double");
  EXPECT_EQ(errorOf("u,t\n1,\x01\x02\n"),
            "d.csv:2: column 2 (t): '?"
            "?' is not a number");
}

TEST(DataCsv, RejectsBadColumnNames) {
  EXPECT_EQ(errorOf("u,x\n1,2\n"),
            "d.csv:1: column 2: 'x' is a name the formula engine uses (a parameter, constant or function)");
  for (const char* reserved : {"y", "e", "pi", "exp", "atan2", "min"})
    EXPECT_NE(errorOf(std::string("u,") + reserved + "\n1,2\n").find("formula engine uses"),
              std::string::npos);
  EXPECT_EQ(errorOf("u,2t\n1,2\n"),
            "d.csv:1: column 2: '2t' is not a usable column name (letters, digits and _, not starting with a "
            "digit)");
  EXPECT_NE(errorOf("u,t t\n1,2\n").find("column 2: 't t' is not a usable"), std::string::npos);
  EXPECT_EQ(errorOf("u,,t\n1,2,3\n"), "d.csv:1: column 2: empty column name");
  EXPECT_EQ(errorOf("u,t,u\n1,2,3\n"), "d.csv:1: column 3: duplicate column name 'u' (also column 1)");
  EXPECT_EQ(errorOf(std::string(65, 'a') + "\n1\n"),
            "d.csv:1: column 1: column name longer than 64 characters");
}

TEST(DataCsv, RejectsFilesOverTheLimits) {
  const std::string huge(kMaxDataCsvBytes + 1, '\n');
  EXPECT_EQ(errorOf(huge), "d.csv: 16777217 bytes is over the limit of 16777216 bytes (16 MiB)");
  std::string manyRows = "u\n";
  manyRows.reserve(2 * kMaxDataRows + 8);
  for (std::size_t i = 0; i <= kMaxDataRows; ++i) manyRows += "1\n";
  EXPECT_EQ(errorOf(manyRows), "d.csv:1000002: more than 1000000 data rows (the limit)");
  std::string wide;
  for (int c = 0; c <= 64; ++c) wide += (c ? ",c" : "c") + std::to_string(c);
  EXPECT_EQ(errorOf(wide + "\n"), "d.csv:1: column 65: more than 64 columns (the limit)");
}

TEST(DataCsv, WritesSeventeenDigitsThatReadBackBitForBit) {
  DataTable table{{"u", "t"}, {0.1, -1.0 / 3, 1e-300, -0.0, std::numeric_limits<double>::max(), 2}};
  const std::string text = formatDataCsv(table);
  EXPECT_EQ(text.substr(0, text.find('\n', 4) + 1), "u,t\n0.10000000000000001,-0.33333333333333331\n");
  const auto back = parseDataCsv(text, "d.csv", nullptr);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->columns, table.columns);
  ASSERT_EQ(back->values.size(), table.values.size());
  for (std::size_t i = 0; i < table.values.size(); ++i)
    EXPECT_EQ(std::memcmp(&back->values[i], &table.values[i], sizeof(double)), 0) << i;
}

TEST(DataCsv, ValidColumnNames) {
  EXPECT_TRUE(isValidColumnName("label"));
  EXPECT_TRUE(isValidColumnName("u1"));
  EXPECT_TRUE(isValidColumnName("X"));  // names are case-sensitive: X is not the parameter x
  EXPECT_FALSE(isValidColumnName("sqrt"));
  std::string why;
  EXPECT_FALSE(isValidColumnName("a-b", &why));
  EXPECT_EQ(why, "'a-b' is not a usable column name (letters, digits and _, not starting with a digit)");
}

}  // namespace
}  // namespace lv::landscapes
