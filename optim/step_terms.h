// The named numbers inside one optimizer update, recorded by the unit's update as it computes them.
#pragma once

#include "landscapes/lv_assert.h"
#include "optim/types.h"

#include <initializer_list>

namespace lv::optim {

/// One entry of an optimizer's state under torch's `optimizer.state` key, or one step term: a scalar
/// (`value.x()`, with `isVector` false; `step`, `mu_product`) or a per-coordinate vector (`exp_avg`,
/// ...). Trace and CSV columns are `NAME` for scalars and `NAME_x`, `NAME_y` for vectors.
struct StateEntry {
  const char* name = "";  // static storage
  bool isVector = false;
  Vec2 value = Vec2::Zero();  // a scalar in value.x(), value.y() == 0
};

/// The numbers inside one update under torch's (or the paper's) names, in the order the update
/// computes them: bias corrections, effective step sizes, RAdam's ρₜ, NAdam's μₜ, Lion's c, Newton's
/// solve... A unit's update records here the very values it steps with, so Optimizer::stepTerms and
/// the explainer show them without a second formula. Fixed capacity, no heap: recording is part of
/// every step.
class StepTerms {
 public:
  static constexpr int kCapacity = 10;

  /// A term for the braced lists below: `{"clr", clr}` or `{"denom", denom}`; names have static storage.
  struct Term {
    Term(const char* name, double value) : entry{name, false, Vec2(value, 0.0)} {}
    Term(const char* name, const Vec2& value) : entry{name, true, value} {}
    StateEntry entry;
  };

  StepTerms() = default;
  /// The terms of one update, replacing those of the previous one: `s.terms = {{"clr", clr}, ...}`.
  StepTerms(std::initializer_list<Term> terms) { append(terms); }

  /// Adds terms after those recorded so far in this update (at most kCapacity in all).
  void append(std::initializer_list<Term> terms) {
    for (const Term& term : terms) {
      LV_ASSERT(count_ < kCapacity, "more step terms than StepTerms::kCapacity");
      if (count_ < kCapacity) entries_[count_++] = term.entry;
    }
  }

  const StateEntry* begin() const { return entries_; }
  const StateEntry* end() const { return entries_ + count_; }
  bool empty() const { return count_ == 0; }

 private:
  StateEntry entries_[kCapacity];
  int count_ = 0;
};

/// What every unit's State starts with: torch's step count and the terms of the last update. A unit's
/// State derives from it; reset is `state = {}`.
struct UnitState {
  long step = 0;
  StepTerms terms;  // of the last update
};

}  // namespace lv::optim
