import Forecast
import Foundation
import Scheduler

/// Renders validation results: the readable table, the JSON contract and the per-interval CSV.
enum ValidationText {
  /// `83.2 %`.
  static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }

  /// Like ``percent(_:)``, with more decimals when one decimal would round a miss up to the
  /// target (79.96 % is not "80.0 %" against 80 %).
  static func percent(_ value: Double, against target: Double) -> String {
    var decimals = 1
    while decimals < 4, value < target, (value * 100 * pow(10, Double(decimals))).rounded() >= target * 100 * pow(10, Double(decimals)) {
      decimals += 1
    }
    return String(format: "%.\(decimals)f %%", value * 100)
  }

  /// JSON (docs/reference.md, Outputs): `{"channels": [{"channel", "serviceLevel", "target", "kept",
  /// "strongestKept", "simulatedServiceLevel", "probabilityKept"}]}`, the last two with a simulation;
  /// numbers rounded to 4 decimals so equal runs give equal bytes.
  static func json(_ report: ValidationReport, simulation: SimulationSummary?) -> String {
    let items = report.channels.enumerated().map { index, channel in
      var fields: [(String, String)] = [
        ("channel", quoted(channel.channel.id)),
        ("kind", quoted(channel.channel.kind.rawValue)),
        ("serviceLevel", CSVText.number(channel.serviceLevel, decimals: 6)),
        ("target", quoted(channel.targetText)),
        ("kept", channel.kept ? "true" : "false"),
        ("strongestKept", channel.strongestKeptText.map(quoted) ?? "null"),
        ("volume", CSVText.number(channel.volume, decimals: 2)),
      ]
      if let simulated = simulation?.channels[index] {
        fields.append(("simulatedServiceLevel", CSVText.number(simulated.serviceLevel)))
        fields.append(("probabilityKept", CSVText.number(simulated.probabilityKept)))
        fields.append(("simulatedLowServiceLevel", CSVText.number(simulated.lowServiceLevel)))
      }
      return "    {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
    var text = "{\n  \"channels\": [\n" + items.joined(separator: ",\n") + "\n  ]"
    if let simulation { text += ",\n  \"replications\": \(simulation.replications)" }
    return text + "\n}"
  }

  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// A readable block per channel: week against target, kept or broken, strongest kept, by day.
  static func table(_ report: ValidationReport, simulation: SimulationSummary?) -> String {
    var lines: [String] = []
    for (index, channel) in report.channels.enumerated() {
      let verdict = channel.kept ? "kept" : "BROKEN"
      let strongest = channel.strongestKeptText ?? "none"
      let measure = channel.channel.kind.isDeferred ? "completed within" : "answered within"
      let time = channel.channel.target.answerTime
      let within = channel.channel.kind.isDeferred ? time.unitText : "\(CSVText.number(time.inSeconds, decimals: 1))s"
      lines.append(
        "\(channel.channel.id) (\(channel.channel.kind.rawValue)): \(percent(channel.serviceLevel)) \(measure) "
          + "\(within), target \(channel.targetText): \(verdict); "
          + "strongest kept \(strongest)")
      if let simulated = simulation?.channels[index] {
        lines.append(
          "  simulated: \(percent(simulated.serviceLevel)) (10th percentile \(percent(simulated.lowServiceLevel))), "
            + "kept in \(percent(simulated.probabilityKept)) of \(simulation!.replications) weeks")
      }
      let days = channel.days.filter { $0.volume > 0 }.map {
        "\($0.date.weekday.shortName) \(percent($0.serviceLevel))"
      }
      if !days.isEmpty { lines.append("  by day: " + days.joined(separator: "  ")) }
    }
    let broken = report.broken.count
    var last = broken == 0 ? "all promises kept" : "\(broken) of \(report.channels.count) promises broken"
    if let simulation {
      // Kept by formula, kept in too few simulated weeks: said on the verdict line, not only above it.
      let riskyIndices = report.channels.indices.filter {
        report.channels[$0].kept && simulation.channels[$0].probabilityKept < ReportSections.riskProbability
      }
      let risky = riskyIndices.map { c in
        "\(report.channels[c].channel.id) (kept in \(Int((simulation.channels[c].probabilityKept * Double(simulation.replications)).rounded())) of \(simulation.replications) weeks)"
      }
      if !risky.isEmpty {
        last += (broken == 0 ? " by formula" : "") + "; at risk in simulation: " + risky.joined(separator: ", ")
          + "; " + ReportSections.riskRemedy(riskyIndices.map { report.channels[$0].channel })
      }
    }
    lines.append(last)
    return lines.joined(separator: "\n")
  }

  /// Per interval (docs/reference.md, Outputs): `channel,interval_start,volume,aht_seconds,agents,service_level,
  /// asa,abandonment`, then `occupancy,available_agents`. `agents` are rostered (before shrinkage).
  static func csv(_ report: ValidationReport, week: ValidationWeek) -> String {
    var text = "channel,interval_start,volume,aht_seconds,agents,service_level,asa,abandonment,occupancy,available_agents\n"
    for channel in report.channels {
      for outcome in channel.intervals where outcome.volume > 0 || outcome.agents > 0 {
        text += CSVText.line([
          channel.channel.id, week.plan.calendar.text(for: week.intervals[outcome.interval].start),
          CSVText.number(outcome.volume), CSVText.number(outcome.handleSeconds, decimals: 1),
          CSVText.number(outcome.agents), CSVText.number(outcome.serviceLevel),
          outcome.asa.map { CSVText.number($0, decimals: 1) } ?? "",
          outcome.abandonment.map { CSVText.number($0) } ?? "", CSVText.number(outcome.occupancy),
          CSVText.number(outcome.availableAgents),
        ])
      }
    }
    return text
  }
}
