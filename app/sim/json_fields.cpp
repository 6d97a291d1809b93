#include "app/sim/json_fields.h"

#include <cmath>
#include <cstdio>
#include <vector>

namespace lv::sim::json {

void fail(const std::string& field, const std::string& what) { throw FieldError{field + ": " + what}; }

const Json& require(const Json& object, const std::string& key, const std::string& path) {
  auto it = object.find(key);
  if (it == object.end()) fail(path + key, "missing field");
  return *it;
}

void checkKnownKeys(const Json& object, const std::string& path, std::initializer_list<const char*> known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool ok = false;
    for (const char* k : known) ok = ok || it.key() == k;
    if (!ok) {
      std::string names;
      for (const char* k : known) names += std::string(names.empty() ? "" : ", ") + k;
      fail(path + it.key(), "unknown field (valid: " + names + ")");
    }
  }
}

double number(const Json& j, const std::string& field) {
  if (!j.is_number()) fail(field, std::string("expected a number, got ") + j.type_name());
  const double v = j.get<double>();
  if (!std::isfinite(v)) fail(field, "not a finite number");
  return v;
}

double numberIn(const Json& j, const std::string& field, const Range& range) {
  const double v = number(j, field);
  if (!range.contains(v)) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%g out of range [%g, %g]", v, range.min, range.max);
    fail(field, buf);
  }
  return v;
}

size_t wholeNumberIn(const Json& j, const std::string& field, const Range& range) {
  const double v = numberIn(j, field, range);
  if (v != std::floor(v)) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "expected a whole number, got %.17g", v);
    fail(field, buf);
  }
  return static_cast<size_t>(v);
}

bool boolean(const Json& j, const std::string& field) {
  if (!j.is_boolean()) fail(field, std::string("expected true or false, got ") + j.type_name());
  return j.get<bool>();
}

std::string string(const Json& j, const std::string& field) {
  if (!j.is_string()) fail(field, std::string("expected a string, got ") + j.type_name());
  return j.get<std::string>();
}

optim::Vec2 point(const Json& j, const std::string& field) {
  if (!j.is_array() || j.size() != 2) fail(field, "expected [x, y]");
  return {number(j[0], field + "[0]"), number(j[1], field + "[1]")};
}

namespace {

// nlohmann's message without its "[json.exception.kind.id] " prefix, printable ASCII only (its
// "last read" excerpt can hold raw bytes of the file) and at most ~160 characters.
std::string exceptionText(const Json::exception& e) {
  std::string text = e.what();
  if (const size_t at = text.find("] "); at != std::string::npos) text.erase(0, at + 2);
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  if (text.size() > 160) text = text.substr(0, 157) + "...";
  return text;
}

// Walks the JSON with nlohmann's SAX interface to name the field where parsing stopped, e.g.
// "runs[0].start[1]": the DOM parser reports a number overflowing a double (1e999) without one.
class FieldLocator : public nlohmann::json_sax<Json> {
 public:
  std::string field = "scene";

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(false); }
  bool key(string_t& key) override {
    frames_.back().key = key;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const Json::exception&) override {
    std::string path;
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      // An array's element in progress: the top frame's next one, an outer frame's last begun one.
      if (f.isArray)
        path += "[" + std::to_string(i + 1 == frames_.size() ? f.next : f.next - 1) + "]";
      else if (!f.key.empty())
        path += (path.empty() ? "" : ".") + f.key;
    }
    if (!path.empty()) field = path;
    return false;
  }

 private:
  struct Frame {
    bool isArray = false;
    std::string key;
    size_t next = 0;  // elements begun so far (arrays)
  };
  bool value() {
    if (!frames_.empty() && frames_.back().isArray) ++frames_.back().next;
    return true;
  }
  bool open(bool isArray) {
    value();
    frames_.push_back({isArray, "", 0});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }
  std::vector<Frame> frames_;
};

}  // namespace

std::string syntaxError(const std::string& text, const Json::exception& e) {
  const std::string message = exceptionText(e);
  if (e.id == 406) {
    // Valid syntax the DOM parser refuses without saying where: a number beyond a double.
    FieldLocator locator;
    Json::sax_parse(text, &locator);
    return locator.field + ": not a finite number (" + message + ")";
  }
  if (message.rfind("parse error at ", 0) == 0) return "not valid JSON at " + message.substr(15);
  return "not valid JSON: " + message;
}

}  // namespace lv::sim::json
