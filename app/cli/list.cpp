// `lossviz list`: every landscape and optimizer the registry knows, as text or JSON.
#include "app/cli/verbs.h"
#include "landscapes/data_catalog.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace lv::cli {
namespace {

nlohmann::json viewJson(const landscapes::Rect& view) {
  return {{"xmin", view.xmin}, {"xmax", view.xmax}, {"ymin", view.ymin}, {"ymax", view.ymax}};
}

nlohmann::json landscapesJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : landscapes::catalog()) {
    nlohmann::json minima = nlohmann::json::array();
    for (const auto& m : e.minima) minima.push_back({m.x(), m.y()});
    nlohmann::json entry = {{"name", e.name},
                            {"formula", e.formula},
                            {"description", e.description},
                            {"view", viewJson(e.view)},
                            {"minima", minima}};
    if (e.minimumValue) entry["minimum_value"] = *e.minimumValue;
    out.push_back(entry);
  }
  return out;
}

/// A data landscape's columns: those of its default data (generating 100 rows is cheap).
std::vector<std::string> dataColumns(const landscapes::DataCatalogEntry& e) {
  return landscapes::generateData(e, e.defaults, false).columns;
}

nlohmann::json dataLandscapesJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : landscapes::dataCatalog())
    out.push_back({{"name", e.name},
                   {"description", e.description},
                   {"loss", e.lossFormula},
                   {"columns", dataColumns(e)},
                   {"rows", e.defaults.rows},
                   {"noise", e.defaults.noise},
                   {"seed", e.defaults.seed},
                   {"view", viewJson(e.view)}});
  return out;
}

nlohmann::json optimizersJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& info : optim::optimizerInfos()) {
    nlohmann::json params = nlohmann::json::array();
    for (const auto& p : info.params)
      params.push_back({{"name", p.name},
                        {"default", p.defaultValue},
                        {"min", p.min},
                        {"max", p.max},
                        {"log_scale", p.logScale},
                        {"boolean", p.isBool},
                        {"meaning", p.meaning}});
    out.push_back({{"name", info.name},
                   {"description", info.description},
                   {"update_rule", info.updateRule},
                   {"needs_hessian", info.needsHessian},
                   {"params", params}});
  }
  return out;
}

void printText() {
  std::printf("Landscapes (or type any formula in x and y):\n");
  for (const auto& e : landscapes::catalog()) {
    std::printf("  %-17s %s\n", e.name.c_str(), e.formula.c_str());
    std::printf("  %-17s view x [%g, %g], y [%g, %g]", "", e.view.xmin, e.view.xmax, e.view.ymin,
                e.view.ymax);
    for (size_t i = 0; i < e.minima.size(); ++i)
      std::printf("%s(%.6g, %.6g)", i == 0 ? "; minima " : ", ", e.minima[i].x(), e.minima[i].y());
    std::printf("\n");
  }
  std::printf("\nData landscapes (trace --data NAME; f = mean of the per-sample loss over the rows):\n");
  for (const auto& e : landscapes::dataCatalog()) {
    std::string columns;
    for (const auto& c : dataColumns(e)) columns += (columns.empty() ? "" : ", ") + c;
    std::printf("  %-19s %s\n", e.name.c_str(), e.description.c_str());
    std::printf("  %-19s loss %s; columns %s; %zu rows\n", "", e.lossFormula.c_str(), columns.c_str(),
                e.defaults.rows);
  }
  std::printf("\nOptimizers:\n");
  for (const auto& info : optim::optimizerInfos()) {
    std::printf("  %-10s %s\n", info.name.c_str(), info.description.c_str());
    for (const auto& p : info.params)
      std::printf("      %-26s default %-8g range [%g, %g]%s%s  %s\n", p.name, p.defaultValue, p.min, p.max,
                  p.logScale ? " log" : "", p.isBool ? " 0/1" : "", p.meaning);
  }
}

}  // namespace

int runList(const std::vector<std::string>& args) {
  const VerbSpec spec{"list",
                      "List every landscape (formula, view, minima) and optimizer (hyperparameters).",
                      {{"json", nullptr, "print one JSON object instead of text"}}};
  const auto parsed = parseFlagsOrHelp(args, spec);
  if (!parsed) return 0;
  const Flags& flags = *parsed;
  if (hasFlag(flags, "json")) {
    nlohmann::json root = {{"landscapes", landscapesJson()},
                           {"data_landscapes", dataLandscapesJson()},
                           {"optimizers", optimizersJson()}};
    std::cout << root.dump(2) << "\n";
  } else {
    printText();
  }
  // A full disk or closed pipe must not pass for success (iostream and stdio share stdout).
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "lossviz list: cannot write to stdout: %s\n", std::strerror(errno));
    return 2;
  }
  return 0;
}

}  // namespace lv::cli
