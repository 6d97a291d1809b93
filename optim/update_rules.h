// update_rules.h — each optimizer's update rule as the user reads it (the explainer, the runs table,
// `lossviz list`): plain UTF-8, one assignment a line, in the notation the unit headers use. The unit
// headers give the same rule with torch's details for the reader of the code; this table is the text
// shown, kept together so that the eleven rules share one notation (ε, β1, lr, wd, g, p).
#pragma once

#include "optim/units.h"

namespace lv::optim {

/// Unit T's rule; every unit in AllUnits has one (the registry asserts it at compile time).
template <class T>
inline constexpr const char* kUpdateRule = nullptr;

template <>
inline constexpr const char* kUpdateRule<Sgd> =
    "g ← ∇f(p) + wd·p\n"
    "b ← g (first step),  b ← μ·b + (1−τ)·g\n"
    "g ← g + μ·b (nesterov)  or  g ← b\n"
    "p ← p − lr·g";

template <>
inline constexpr const char* kUpdateRule<Adagrad> =
    "g ← ∇f(p) + wd·p\n"
    "clr ← lr / (1 + (t−1)·lr_decay)\n"
    "s ← s + g²\n"
    "p ← p − clr·g / (√s + ε)";

template <>
inline constexpr const char* kUpdateRule<Rmsprop> =
    "g ← ∇f(p) + wd·p\n"
    "v ← α·v + (1−α)·g²\n"
    "ḡ ← α·ḡ + (1−α)·g,  a ← √(v − ḡ²) + ε   (centered)\n"
    "a ← √v + ε   (otherwise)\n"
    "b ← μ·b + g/a,  p ← p − lr·b";

template <>
inline constexpr const char* kUpdateRule<Adadelta> =
    "g ← ∇f(p) + wd·p\n"
    "v ← ρ·v + (1−ρ)·g²\n"
    "Δ ← √(u + ε) / √(v + ε) · g\n"
    "u ← ρ·u + (1−ρ)·Δ²\n"
    "p ← p − lr·Δ";

template <>
inline constexpr const char* kUpdateRule<Adam> =
    "g ← ∇f(p) + wd·p\n"
    "m ← β1·m + (1−β1)·g\n"
    "v ← β2·v + (1−β2)·g²\n"
    "v̂ ← max(v̂, v)   (amsgrad)\n"
    "p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε)";

template <>
inline constexpr const char* kUpdateRule<AdamW> =
    "p ← p·(1 − lr·wd)\n"
    "m ← β1·m + (1−β1)·g\n"
    "v ← β2·v + (1−β2)·g²\n"
    "v̂ ← max(v̂, v)   (amsgrad)\n"
    "p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε)";

template <>
inline constexpr const char* kUpdateRule<Adamax> =
    "g ← ∇f(p) + wd·p\n"
    "m ← β1·m + (1−β1)·g\n"
    "u ← max(β2·u, |g| + ε)\n"
    "p ← p − lr/(1−β1ᵗ) · m / u";

template <>
inline constexpr const char* kUpdateRule<Nadam> =
    "μₜ ← β1·(1 − ½·0.96^(t·ψ)),  Πₜ ← Πₜ₋₁·μₜ\n"
    "m ← β1·m + (1−β1)·g\n"
    "v ← β2·v + (1−β2)·g²\n"
    "d ← √(v / (1−β2ᵗ)) + ε\n"
    "p ← p − lr·(1−μₜ)/(1−Πₜ)·g/d − lr·μₜ₊₁/(1−Πₜ₊₁)·m/d";

template <>
inline constexpr const char* kUpdateRule<Radam> =
    "m ← β1·m + (1−β1)·g,  v ← β2·v + (1−β2)·g²\n"
    "ρ∞ ← 2/(1−β2) − 1,  ρₜ ← ρ∞ − 2t·β2ᵗ/(1−β2ᵗ)\n"
    "ρₜ > 5: p ← p − lr·r·√(1−β2ᵗ)/(√v + ε)·m/(1−β1ᵗ)\n"
    "        r = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ))\n"
    "else:   p ← p − lr·m/(1−β1ᵗ)";

template <>
inline constexpr const char* kUpdateRule<Lion> =
    "p ← p·(1 − lr·wd)\n"
    "c ← β1·m + (1−β1)·g\n"
    "p ← p − lr·sign(c)\n"
    "m ← β2·m + (1−β2)·g";

template <>
inline constexpr const char* kUpdateRule<Newton> =
    "H = Q·diag(λ)·Qᵀ\n"
    "d ← Q·diag(1/(|λ| + δ))·Qᵀ·g   (= (H + δI)⁻¹g when H ⪰ 0)\n"
    "p ← p − lr·d";

}  // namespace lv::optim
