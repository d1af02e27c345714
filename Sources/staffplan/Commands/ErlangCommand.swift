import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan erlang`: agents for one queue and interval, or the figures of a given staff (docs/reference.md).
struct ErlangCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "erlang",
    abstract: "Agents needed to keep a service level (Erlang C, Erlang A with --patience, chat with --concurrency).",
    discussion: HelpText.paragraphs(
      """
      Without --agents: the fewest agents meeting the target and the occupancy cap. With --agents: the
      figures of that staff. With --agents N --max-volume: the most contacts per interval N agents take at
      the target (and the cap), with the figures there; --volume is then not needed. Service level and ASA
      count every offered contact; abandoners are not answered in time.

      Agents are shown three ways: whole agents answering, the real requirement (interpolated between whole
      staffs: what requirements.csv sums), and scheduled agents after shrinkage for both.

      Example:
        staffplan erlang --volume 360 --interval 30m --aht 240s --target 80/20 --patience 120s --json
      """))

  @Option(help: "Contacts offered in one interval, e.g. 360 (not with --max-volume).")
  var volume: String?
  @Option(help: "Interval length, e.g. 30m.")
  var interval: String
  @Option(help: "Average handle time, e.g. 180s.")
  var aht: String
  @Option(help: "Service-level target, e.g. 80/20 (80 % within 20 s).")
  var target: String
  @Option(help: "Mean patience before hanging up, e.g. 120s: Erlang A (with --concurrency, on the chat slots, as require sizes a chat channel with a patience). Absent: Erlang C.")
  var patience: String?
  @Option(name: .customLong("max-occupancy"), help: "Occupancy cap, e.g. 85%.")
  var maxOccupancy: String?
  @Option(help: "Share of paid time not available for contacts, e.g. 30%.")
  var shrinkage: String?
  @Option(help: "Chats one agent carries at once, e.g. 3 (handle time grows 25 % per extra chat).")
  var concurrency: String?
  @Option(help: "Give the figures of this many agents instead of sizing.")
  var agents: String?
  @Flag(name: .customLong("max-volume"), help: "With --agents N: the most contacts per interval N agents take at the target.")
  var maxVolume = false
  @Flag(help: "Print one JSON object.")
  var json = false

  func run() throws {
    if maxVolume {
      guard volume == nil else {
        throw InputError(file: "--volume", problem: "--max-volume finds the volume", remedy: "omit --volume, or omit --max-volume")
      }
      guard agents != nil else {
        throw InputError(file: "--max-volume", problem: "needs the number of agents", remedy: "add --agents N, like --agents 20")
      }
    } else if volume == nil {
      throw InputError(file: "--volume", problem: "is missing", remedy: "give the contacts offered in one interval, like --volume 360")
    }
    var request = try makeRequest()
    let requirement: StaffingRequirement
    var largest: Double?
    if let agentsText = agents {
      guard let count = Int(agentsText.trimmingCharacters(in: .whitespaces)), count >= 0, count <= Sizing.agentLimit
      else {
        throw InputError(
          file: "--agents", problem: "\"\(agentsText)\" is not a number of agents",
          remedy: "give a whole number from 0 to \(Sizing.agentLimit), like 50")
      }
      if maxVolume {
        let length = try CLI.parse("--interval", interval, Duration.init(parsing:))
        let found = ErlangReport.maxVolume(agents: count, request, interval: length)
        request.traffic.arrivalsPerSecond = found / length.inSeconds
        largest = found
      }
      requirement = Sizing.figures(for: count, request)
    } else {
      do {
        requirement = try Sizing.require(request)
      } catch .targetUnreachable(let target, let limit) {
        throw InputError(
          file: "--target", problem: "\(target.text) cannot be met by up to \(limit) agents",
          remedy: "lower the share or lengthen the answer time")
      }
    }
    print(
      json
        ? ErlangReport.json(requirement, request: request, maxVolume: largest)
        : ErlangReport.table(requirement, request: request, maxVolume: largest))
  }

  func makeRequest() throws(InputError) -> SizingRequest {
    let volume = try CLI.parse("--volume", volume ?? "0") { (text) throws(ValueError) -> Double in
      guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0 else {
        throw ValueError("\"\(text)\" is not a number of contacts", remedy: "give a number >= 0 like 360, with a dot for decimals")
      }
      return value
    }
    let interval = try CLI.parse("--interval", interval, Duration.init(parsing:))
    guard interval > .zero else {
      throw InputError(file: "--interval", problem: "the interval is zero", remedy: "give a length like 15m or 30m")
    }
    let aht = try CLI.parse("--aht", aht, Duration.init(parsing:))
    guard aht > .zero else {
      throw InputError(file: "--aht", problem: "the handle time is zero", remedy: "give a handle time like 180s")
    }
    let target = try CLI.parse("--target", target, ServiceTarget.init(parsing:))
    var patienceValue: Duration?
    if let patience {
      let value = try CLI.parse("--patience", patience, Duration.init(parsing:))
      guard value > .zero else {
        throw InputError(
          file: "--patience", problem: "the patience is zero", remedy: "give a mean patience like 120s, or omit it for Erlang C")
      }
      patienceValue = value
    }
    var cap: Percentage?
    if let maxOccupancy {
      let value = try CLI.parse("--max-occupancy", maxOccupancy, Percentage.init(parsing:))
      guard value.fraction > 0 else {
        throw InputError(file: "--max-occupancy", problem: "the cap is 0%", remedy: "give a cap above 0%, like 85%")
      }
      cap = value
    }
    var shrink = Percentage(fraction: 0)
    if let shrinkage {
      shrink = try CLI.parse("--shrinkage", shrinkage, Percentage.init(parsing:))
      guard shrink.fraction < 1 else {
        throw InputError(file: "--shrinkage", problem: "shrinkage of 100% leaves no time for contacts", remedy: "give a share below 100%, like 30%")
      }
    }
    var chat: ChatConcurrency?
    if let concurrency {
      guard let k = Int(concurrency.trimmingCharacters(in: .whitespaces)), (1...50).contains(k) else {
        throw InputError(
          file: "--concurrency", problem: "\"\(concurrency)\" is not a number of chats",
          remedy: "give a whole number from 1 to 50, like 3")
      }
      chat = ChatConcurrency(concurrency: k)
    }
    let traffic = Traffic(volume: volume, per: interval, handleTime: aht)
    let slotLoad = (chat?.slotTraffic(traffic) ?? traffic).load
    guard slotLoad <= 100_000 else {
      throw InputError(
        file: "--volume", problem: "the load of \(String(format: "%.3g", slotLoad)) Erlangs is beyond the sizing range",
        remedy: "size under 100,000 Erlangs (volume × aht / interval), e.g. split the queue")
    }
    if let patienceValue, traffic.arrivalsPerSecond * patienceValue.inSeconds > 1e7 {
      throw InputError(
        file: "--patience", problem: "\(patienceValue.unitText) is too long for Erlang A at this volume",
        remedy: "omit --patience to use Erlang C (callers who never hang up)")
    }
    return SizingRequest(
      traffic: traffic, target: target, patience: patienceValue, maxOccupancy: cap, shrinkage: shrink, chat: chat)
  }
}

/// Renders a ``StaffingRequirement`` for `staffplan erlang`.
enum ErlangReport {
  /// One JSON object with the contract's keys (docs/reference.md, erlang); `asa` is null when overloaded.
  /// `scheduledWholeAgents`: the whole agents after shrinkage; `maxVolume` with --max-volume.
  static func json(_ requirement: StaffingRequirement, request: SizingRequest, maxVolume: Double? = nil) -> String {
    var fields: [(String, String)] = [
      ("model", "\"\(requirement.model.rawValue)\""),
      ("agents", "\(requirement.agents)"),
      ("agentsFractional", number(requirement.agentsFractional)),
      ("scheduledAgents", number(requirement.scheduledAgents)),
      ("scheduledWholeAgents", number(Double(requirement.agents) / (1 - request.shrinkage.fraction))),
      ("serviceLevel", number(requirement.serviceLevel?.fraction)),
      ("asa", number(requirement.asa?.inSeconds)),
      ("waitProbability", number(requirement.waitProbability?.fraction)),
      ("occupancy", number(requirement.occupancy.fraction)),
    ]
    if let abandonment = requirement.abandonment { fields.append(("abandonment", number(abandonment.fraction))) }
    fields.append(("overloaded", requirement.isOverloaded ? "true" : "false"))
    if let maxVolume { fields.append(("maxVolume", number(maxVolume))) }
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// A readable, aligned table.
  static func table(_ requirement: StaffingRequirement, request: SizingRequest, maxVolume: Double? = nil) -> String {
    let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
    let whole = Double(requirement.agents) / (1 - request.shrinkage.fraction)
    var rows: [(String, String)] = []
    if let maxVolume {
      rows.append(
        ("max volume", String(format: "%.2f contacts per interval", maxVolume)
          + "  (\(requirement.agents) agents at \(request.target.text))"))
    }
    rows += [
      ("model", requirement.model.rawValue),
      ("agents", "\(requirement.agents)  (whole agents answering)"),
      ("agents (real)", String(format: "%.2f", requirement.agentsFractional) + "  (between whole staffs: what requirements.csv sums)"),
      ("scheduled agents", String(format: "%.2f real, %.2f for %d whole", requirement.scheduledAgents, whole, requirement.agents)
        + "  (after \(request.shrinkage.percentText) shrinkage)"),
      ("service level", (requirement.serviceLevel.map { percent($0.fraction) } ?? "-")
        + " within \(request.target.answerTime.unitText)  (target \(request.target.text))"),
      ("asa", requirement.asa.map { String(format: "%.1fs", $0.inSeconds) } ?? "unbounded (overloaded: load >= agents)"),
      ("wait probability", requirement.waitProbability.map { percent($0.fraction) } ?? "-"),
      ("occupancy", percent(requirement.occupancy.fraction)),
    ]
    if let abandonment = requirement.abandonment { rows.append(("abandonment", percent(abandonment.fraction))) }
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
  }

  /// The most contacts per interval `agents` agents take with the target's service level (and the
  /// occupancy cap): service level falls as volume grows, so a bisection to 0.01 contacts.
  static func maxVolume(agents: Int, _ request: SizingRequest, interval: Duration) -> Double {
    let seconds = interval.inSeconds
    func meets(_ volume: Double) -> Bool {
      var trial = request
      trial.traffic.arrivalsPerSecond = volume / seconds
      let figures = Sizing.figures(for: agents, trial)
      let level = figures.serviceLevel?.fraction ?? 0
      let cap = request.maxOccupancy?.fraction ?? 1
      return level >= request.target.share.fraction - 1e-12 && figures.occupancy.fraction <= cap + 1e-12
    }
    guard agents > 0, meets(1e-6) else { return 0 }
    var low = 0.0
    var high = max(1, Double(agents * (request.chat?.concurrency ?? 1)) * seconds / request.traffic.handleTime.inSeconds)
    while meets(high), high < 1e7 {
      low = high
      high *= 2
    }
    while high - low > 0.001 {
      let middle = (low + high) / 2
      if meets(middle) { low = middle } else { high = middle }
    }
    return (low * 100).rounded(.down) / 100
  }

  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return "\(value)"
  }
}
