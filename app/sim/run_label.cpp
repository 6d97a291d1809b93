#include "app/sim/run_label.h"

#include "app/sim/exact_number.h"

#include <cstdio>

namespace lv::sim {
namespace {

std::string shortNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

// Length of the well-formed UTF-8 sequence starting at s[i], 0 if it is not one.
size_t utf8Length(const std::string& s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
  if (n == 2 && c < 0xc2) return 0;  // overlong
  if (n == 3) {
    const unsigned cp = ((c & 0x0fu) << 12) | ((byte(i + 1) & 0x3fu) << 6) | (byte(i + 2) & 0x3fu);
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  }
  if (n == 4) {
    const unsigned cp = ((c & 0x07u) << 18) | ((byte(i + 1) & 0x3fu) << 12);
    if (cp < 0x10000 || cp > 0x10ffff) return 0;
  }
  return n;
}

}  // namespace

std::string runLabel(const Session& session, size_t index) {
  const LiveRun& self = session.runs[index];
  if (!self.label.empty()) return self.label;
  const optim::Optimizer& opt = self.run.optimizer();
  std::string label = opt.name();
  size_t same = 0, identical = 0, ordinal = 0;
  std::vector<bool> differs(opt.paramCount(), false);
  for (size_t i = 0; i < session.runs.size(); ++i) {
    const optim::Optimizer& other = session.runs[i].run.optimizer();
    if (other.name() != opt.name()) continue;
    ++same;
    bool equal = true;
    for (size_t p = 0; p < opt.paramCount(); ++p) {
      differs[p] = differs[p] || other.param(p) != opt.param(p);
      equal = equal && other.param(p) == opt.param(p);
    }
    identical += equal;
    ordinal += equal && i <= index;
  }
  if (same == 1) return label;
  for (size_t p = 0; p < opt.paramCount(); ++p)
    if (differs[p]) label += std::string(" ") + opt.info().params[p].name + "=" + shortNumber(opt.param(p));
  if (identical > 1) label += " #" + std::to_string(ordinal);
  return label;
}

std::string describeParams(const optim::Optimizer& optimizer) {
  std::string text;
  for (size_t p = 0; p < optimizer.paramCount(); ++p)
    text +=
        std::string(p ? " " : "") + optimizer.info().params[p].name + "=" + exactNumber(optimizer.param(p));
  return text;
}

std::string sanitizedLabel(const std::string& label) {
  std::string out;
  for (size_t i = 0; i < label.size();) {
    const size_t n = utf8Length(label, i);
    // Control characters (a newline would break a CSV comment line) and broken UTF-8 are dropped.
    if (n == 0 || (n == 1 && (static_cast<unsigned char>(label[i]) < 0x20 || label[i] == 0x7f))) {
      ++i;
      continue;
    }
    if (out.size() + n > kMaxLabelBytes) break;
    out.append(label, i, n);
    i += n;
  }
  return out;
}

}  // namespace lv::sim
