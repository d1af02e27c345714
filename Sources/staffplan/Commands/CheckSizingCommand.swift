import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan check-sizing`: Erlang C and Erlang A predictions against a real center's 15-minute file.
struct CheckSizingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-sizing",
    abstract: "Compare Erlang C and Erlang A with observed service level and abandonment, per 15-minute interval.",
    discussion: HelpText.paragraphs(
      """
      Reads a 15-minute calls file (columns of the Technion "Anonymous Bank" calls_15min.csv), estimates
      one mean patience and the staffed agents per interval, and prints the error (predicted - observed
      share) overall and by offered load per agent.

      Example:
        staffplan check-sizing --observed calls_15min.csv --answer-time 20s --out per-interval.csv
      """))

  @Option(help: "The 15-minute calls file.")
  var observed: String
  @Option(name: .customLong("answer-time"), help: "Answer time of the observed service level (the file counts 20s).")
  var answerTime: String = "20s"
  @Option(help: "Mean patience; default: estimated from the file.")
  var patience: String?
  @Option(help: "Write the per-interval predictions to this CSV file.")
  var out: String?

  func run() throws {
    let answer = try CLI.parse("--answer-time", answerTime, Duration.init(parsing:))
    let text: String
    do {
      text = try String(contentsOfFile: observed, encoding: .utf8)
    } catch {
      throw InputError(file: observed, problem: "cannot be read", remedy: "check the path given to --observed")
    }
    let comparison = try ObservedComparison(csv: text, file: observed)
    let patienceValue: Duration
    if let patience {
      patienceValue = try CLI.parse("--patience", patience, Duration.init(parsing:))
    } else if let estimated = comparison.estimatedPatience {
      patienceValue = estimated
    } else {
      throw InputError(file: observed, problem: "no caller abandoned, so patience cannot be estimated", remedy: "give --patience")
    }
    let rows = comparison.rows(answerTime: answer, patience: patienceValue)
    if let out {
      var csv = "interval_start,offered,agents,load_per_agent,observed_service_level,observed_abandonment,"
        + "erlang_c_service_level,erlang_a_service_level,erlang_a_abandonment\n"
      for row in rows {
        csv += [row.start, "\(row.offered)", "\(row.agents)", format(row.loadPerAgent), format(row.observedServiceLevel),
                format(row.observedAbandonment), format(row.erlangCServiceLevel), format(row.erlangAServiceLevel),
                format(row.erlangAAbandonment)].joined(separator: ",") + "\n"
      }
      try AtomicFile.write(csv, to: out)
    }
    print("mean patience \(String(format: "%.1f", patienceValue.inSeconds))s (censored exponential MLE), "
      + "answer time \(answer.unitText), \(rows.count) intervals with calls and busy agents")
    print("error = predicted - observed share; MAE and bias over intervals (each interval weighs 1)")
    let header = ["band", "intervals", "calls", "C SL MAE", "C SL bias", "A SL MAE", "A SL bias", "A ab MAE", "A ab bias"]
    var table = [header]
    for error in ObservedComparison.errors(of: rows) {
      table.append([
        error.label, "\(error.intervals)", "\(error.calls)",
        format(error.erlangCServiceLevel.mae), signed(error.erlangCServiceLevel.bias),
        format(error.erlangAServiceLevel.mae), signed(error.erlangAServiceLevel.bias),
        format(error.erlangAAbandonment.mae), signed(error.erlangAAbandonment.bias),
      ])
    }
    let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
    for line in table {
      print(line.enumerated().map { index, cell in
        index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[index] - cell.count) + cell
      }.joined(separator: "  "))
    }
  }

  func format(_ value: Double) -> String { String(format: "%.3f", value) }
  func signed(_ value: Double) -> String { String(format: "%+.3f", value) }
}
