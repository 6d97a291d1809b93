// The named landscapes: each defined once as a formula, with a suggested view and known minima.
#pragma once

#include "landscapes/formula.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lv::landscapes {

/// Axis-aligned rectangle in landscape coordinates.
struct Rect {
  double xmin = -1, xmax = 1, ymin = -1, ymax = 1;
  /// The same rectangle, exactly (cached pictures and grids are keyed by it).
  bool operator==(const Rect& o) const {
    return xmin == o.xmin && xmax == o.xmax && ymin == o.ymin && ymax == o.ymax;
  }
  bool operator!=(const Rect& o) const { return !(*this == o); }
};

/// A catalog entry as written in the source: plain data.
struct CatalogEntry {
  std::string name;                     // "rosenbrock"
  std::string formula;                  // parsed by Formula::parse
  std::string description;              // one line
  Rect view;                            // suggested view rectangle
  std::vector<Eigen::Vector2d> minima;  // known global minima (empty for unbounded saddles)
  std::optional<double> minimumValue;   // f at the global minima, where known
};

/// Every catalog landscape, in display order.
const std::vector<CatalogEntry>& catalog();

/// The entry named `name`, or nullptr.
const CatalogEntry* findCatalogEntry(std::string_view name);

/// A landscape ready to use: a parsed formula plus its metadata. Custom formulas get a default view
/// of [-3,3]² and no known minima.
struct Landscape {
  std::string name;  // catalog name, or the formula text for a custom one
  Formula formula;
  std::string description;
  Rect view;
  std::vector<Eigen::Vector2d> minima;
  std::optional<double> minimumValue;
  bool isCatalog = false;
};

/// A catalog name, or else a formula. On failure returns nullopt and fills `*error`.
std::optional<Landscape> resolveLandscape(std::string_view nameOrFormula, ParseError* error = nullptr);

}  // namespace lv::landscapes
