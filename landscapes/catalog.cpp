// The catalog: every named landscape, its formula written once, a suggested view and its known
// global minima. Minima not given in closed form were refined by Newton's method in long double
// (from the published approximations) and are written to full double precision.
// Definitions follow the usual test-function references, e.g. Jamil & Yang, "A literature survey of
// benchmark functions for global optimization problems" (2013), and the SFU Virtual Library.
#include "landscapes/catalog.h"

namespace lv::landscapes {

const std::vector<CatalogEntry>& catalog() {
  static const std::vector<CatalogEntry> entries = {
      {"rosenbrock",
       "(1-x)^2 + 100*(y-x^2)^2",
       "Curved narrow valley: easy to find, slow to follow to the minimum at (1, 1).",
       {-2, 2, -1, 3},
       {{1, 1}},
       0.0},
      {"beale",
       "(1.5-x+x*y)^2 + (2.25-x+x*y^2)^2 + (2.625-x+x*y^3)^2",
       "Flat plateaus and sharp ridges in the corners; minimum at (3, 0.5).",
       {-4.5, 4.5, -4.5, 4.5},
       {{3, 0.5}},
       0.0},
      {"himmelblau",
       "(x^2+y-11)^2 + (x+y^2-7)^2",
       "Four equal minima: where you start decides where you end.",
       {-5, 5, -5, 5},
       {{3, 2},
        {-2.8051180869527448, 3.131312518250573},
        {-3.779310253377747, -3.2831859912861696},
        {3.5844283403304917, -1.8481265269644036}},
       0.0},
      {"booth",
       "(x+2*y-7)^2 + (2*x+y-5)^2",
       "A tilted quadratic bowl; minimum at (1, 3).",
       {-10, 10, -10, 10},
       {{1, 3}},
       0.0},
      {"matyas",
       "0.26*(x^2+y^2) - 0.48*x*y",
       "A very flat, elongated quadratic bowl along the diagonal; minimum at the origin.",
       {-10, 10, -10, 10},
       {{0, 0}},
       0.0},
      {"three_hump_camel",
       "2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2",
       "Three valleys: two local minima flank the global one at the origin.",
       {-2.5, 2.5, -2.5, 2.5},
       {{0, 0}},
       0.0},
      {"six_hump_camel",
       "(4-2.1*x^2+x^4/3)*x^2 + x*y + (-4+4*y^2)*y^2",
       "Six valleys, two of them global minima, symmetric through the origin.",
       {-2, 2, -1.2, 1.2},
       {{0.089842013100318058, -0.71265640302073963}, {-0.089842013100318058, 0.71265640302073963}},
       -1.0316284534898774},
      {"rastrigin",
       "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
       "A bowl covered in a regular grid of local minima; global minimum at the origin.",
       {-5.12, 5.12, -5.12, 5.12},
       {{0, 0}},
       0.0},
      {"ackley",
       "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20",
       "Nearly flat, rippled outskirts around a deep cone at the origin (not differentiable at its tip).",
       {-5, 5, -5, 5},
       {{0, 0}},
       0.0},
      {"goldstein_price",
       "(1+(x+y+1)^2*(19-14*x+3*x^2-14*y+6*x*y+3*y^2))*(30+(2*x-3*y)^2*(18-32*x+12*x^2+48*y-36*x*y+27*y^2))",
       "Values spanning six orders of magnitude (use the log colour scale); minimum 3 at (0, -1).",
       {-2, 2, -2, 2},
       {{0, -1}},
       3.0},
      {"styblinski_tang",
       "0.5*(x^4-16*x^2+5*x + y^4-16*y^2+5*y)",
       "Four basins of different depths; the deepest is in the lower-left corner.",
       {-5, 5, -5, 5},
       {{-2.903534027771177, -2.903534027771177}},
       -78.332331407542824},
      {"saddle",
       "x^2 - y^2",
       "A plain saddle: a minimum along x, a maximum along y. Unbounded below.",
       {-2, 2, -2, 2},
       {},
       std::nullopt},
      {"monkey_saddle",
       "x^3 - 3*x*y^2",
       "A saddle with three descending valleys, flat (zero gradient and Hessian) at the origin.",
       {-2, 2, -2, 2},
       {},
       std::nullopt},
      {"ravine",
       "0.5*(x^2 + 50*y^2)",
       "An ill-conditioned quadratic (condition number 50): plain gradient descent zig-zags.",
       {-5, 5, -2, 2},
       {{0, 0}},
       0.0},
  };
  return entries;
}

const CatalogEntry* findCatalogEntry(std::string_view name) {
  for (const CatalogEntry& entry : catalog())
    if (entry.name == name) return &entry;
  return nullptr;
}

std::optional<Landscape> resolveLandscape(std::string_view nameOrFormula, ParseError* error) {
  if (const CatalogEntry* entry = findCatalogEntry(nameOrFormula)) {
    // Catalog formulas are covered by tests, so this parse cannot fail.
    std::optional<Formula> formula = Formula::parse(entry->formula, error);
    if (!formula) return std::nullopt;
    return Landscape{entry->name,         *formula, entry->description, entry->view, entry->minima,
                     entry->minimumValue, true};
  }
  std::optional<Formula> formula = Formula::parse(nameOrFormula, error);
  if (!formula) return std::nullopt;
  return Landscape{
      std::string(nameOrFormula), *formula, "Custom formula.", Rect{-3, 3, -3, 3}, {}, std::nullopt, false};
}

}  // namespace lv::landscapes
