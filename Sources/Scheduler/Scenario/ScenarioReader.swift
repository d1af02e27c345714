import Foundation
import Forecast

/// Reads a what-if scenario file against the base plan and its agents, naming the file, line and
/// field of any error.
///
/// Keys (docs/whatif.md): `name`, `hours` and `targets` per channel, `shrinkage` (a value for the
/// plan, or `{ all: 30%, chat: 20% }`), `volume` and `handle_time` (a signed change for every
/// channel, `+10%`, or per channel with `all` for the rest), `headcount` (`add`, `remove`,
/// `scale`) and `new_hours_volume`. Unknown keys, channels and agents suggest the nearest known
/// name, as plan.yaml does. Hours list only the days they change; other days keep the plan's.
public enum ScenarioReader {
  static let keys = [
    "name", "hours", "targets", "shrinkage", "volume", "handle_time", "headcount", "new_hours_volume", "closed_demand",
  ]
  static let headcountKeys = ["add", "remove", "scale"]
  static let copyKeys = ["like", "count"]

  /// Reads the file at `path`; its name without extension is the default scenario name.
  public static func read(path: String, plan: Plan, agentIDs: [String]) throws(InputError) -> Scenario {
    let (yaml, name) = try readNamed(path)
    return try read(yaml: yaml, file: path, defaultName: name, plan: plan, agentIDs: agentIDs)
  }

  /// A scenario file's text and its name without folder or extension (the default scenario name);
  /// shared by whatif and capacity scenarios.
  static func readNamed(_ path: String) throws(InputError) -> (yaml: String, name: String) {
    (try PlanReader.readText(path), ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
  }

  /// Refuses a scenario with nothing but blank lines, comments or `---`: it would compare the base
  /// with itself. `example` shows a change to write.
  static func requireChanges(_ yaml: String, file: String, example: String) throws(InputError) {
    let meaningful = yaml.split(separator: "\n").contains {
      let line = $0.trimmingCharacters(in: .whitespaces)
      return !line.isEmpty && !line.hasPrefix("#") && line != "---"
    }
    guard meaningful else {
      throw InputError(file: file, problem: "is empty", remedy: "write at least one change, like \(example)")
    }
  }

  /// Reads scenario text; `file` names it in errors.
  public static func read(yaml: String, file: String, defaultName: String, plan: Plan, agentIDs: [String])
    throws(InputError) -> Scenario
  {
    try requireChanges(yaml, file: file, example: "volume: { all: +10% }")
    let top = try PlanReader.compose(yaml, file: file).map(known: keys, example: "volume: { all: +10% }")
    var scenario = Scenario(
      name: try top.optional("name")?.text(example: "name: late chat") ?? defaultName, file: file)
    let channelIDs = plan.channels.map(\.id)
    if let field = top.optional("hours") {
      for entry in try field.map(known: channelIDs, example: "{ chat: { mon-sun: \"08:00-24:00\" } }").entries {
        let channel = plan.channel(entry.key)!
        let base = channel.hours
        if base.isAlwaysClosed, !channel.kind.isDeferred {
          throw entry.keyField.error(
            "\(channel.id) is never open in the base plan, so its forecast has no volume to extend",
            "open it in plan.yaml first, then compare hours in scenarios")
        }
        scenario.hours[entry.key] = try mergedHours(entry.value, base: base, interval: plan.intervalLength)
      }
    }
    if let field = top.optional("targets") {
      for entry in try field.map(known: channelIDs, example: "{ voice: 80/30 }").entries {
        scenario.targets[entry.key] = try entry.value.parse(example: "80/30", ServiceTarget.init(parsing:))
      }
    }
    if let field = top.optional("shrinkage") {
      if field.node.mapping == nil {
        scenario.planShrinkage = try field.parse(example: "35%", PlanReader.shrinkage(parsing:))
      } else {
        for entry in try field.map(known: ["all"] + channelIDs, example: "{ all: 35%, chat: 25% }").entries {
          let share = try entry.value.parse(example: "35%", PlanReader.shrinkage(parsing:))
          if entry.key == "all" { scenario.planShrinkage = share } else { scenario.channelShrinkage[entry.key] = share }
        }
      }
    }
    if let field = top.optional("volume") { scenario.volume = try factors(field, channelIDs: channelIDs) }
    if let field = top.optional("handle_time") { scenario.handleTime = try factors(field, channelIDs: channelIDs) }
    if let field = top.optional("headcount") { scenario.headcount = try headcount(field, agentIDs: agentIDs) }
    if let field = top.optional("new_hours_volume") { scenario.newHoursVolume = try newHoursVolume(field) }
    if let field = top.optional("closed_demand") {
      scenario.closedDemand = try field.parse(example: "move 80%") { (text) throws(ValueError) in
        let words = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
        switch (words.first, words.count) {
        case ("drop", 1): return .drop
        case ("move", 1): return .standard
        case ("move", 2): return .move(share: try share(parsing: String(words[1]), above: nil, upTo: 1, example: "80%"))
        default: throw ValueError("\"\(text)\" is not drop or move", remedy: "write move 80% (the default), move, or drop")
        }
      }
    }
    return scenario
  }

  /// The channel's hours with the days this entry lists replaced (`holidays` too); spill-overs are checked again.
  static func mergedHours(_ field: YAMLField, base: OpeningHours, interval: IntervalLength) throws(InputError)
    -> OpeningHours
  {
    let listed = try PlanReader.readHours(field, interval: interval)
    var merged = OpeningHours()
    for day in Weekday.allCases {
      let ranges = listed.ranges[day] ?? base.ranges[day]
      guard let ranges else { continue }
      do {
        try merged.set(ranges, on: [day], key: listed.ranges[day] == nil ? "the plan's \(day.shortName)" : day.shortName)
      } catch {
        throw field.error(error.problem, "change the neighbouring day too so the hours do not overlap")
      }
    }
    if let holidays = listed.holidayRanges ?? base.holidayRanges {
      do { try merged.setHolidays(holidays) } catch { throw field.error(error) }
    }
    return merged
  }

  /// `+10%` for every channel, or `{ all: +10%, chat: -5% }`.
  static func factors(_ field: YAMLField, channelIDs: [String]) throws(InputError) -> ChannelFactors {
    guard field.node.mapping != nil else {
      return ChannelFactors(all: try field.parse(example: "+10%", ChannelFactors.change(parsing:)))
    }
    var factors = ChannelFactors()
    for entry in try field.map(known: ["all"] + channelIDs, example: "{ all: +10%, chat: -5% }").entries {
      let factor = try entry.value.parse(example: "+10%", ChannelFactors.change(parsing:))
      if entry.key == "all" { factors.all = factor } else { factors.channels[entry.key] = factor }
    }
    return factors
  }

  /// `{ add: { like: A001, count: 5 }, remove: [A003, A004], scale: 90% }`; `add` may be a list.
  static func headcount(_ field: YAMLField, agentIDs: [String]) throws(InputError) -> HeadcountChange {
    let map = try field.map(known: headcountKeys, example: "{ add: { like: A001, count: 5 } }")
    var change = HeadcountChange()
    func agent(_ field: YAMLField) throws(InputError) -> String {
      let id = try field.text(example: "A001")
      guard agentIDs.contains(id) else {
        let hint = NearestName.suggestion(for: id, among: agentIDs).map { "did you mean \"\($0)\"?" }
        throw field.error("no agent \"\(id)\" in agents.csv", hint ?? "use an id from agents.csv")
      }
      return id
    }
    if let removeField = map.optional("remove") {
      let items = removeField.node.sequence == nil ? [removeField] : try removeField.list(example: "[A003, A004]")
      for item in items {
        let id = try agent(item)
        if change.remove.contains(id) { throw item.error("\(id) is listed twice", "list each agent once") }
        change.remove.append(id)
      }
    }
    if let addField = map.optional("add") {
      let items = addField.node.sequence == nil ? [addField] : try addField.list(example: "- { like: A001, count: 5 }")
      for item in items {
        let copy = try item.map(known: copyKeys, example: "{ like: A001, count: 5 }")
        let like = try agent(copy.required("like", example: "A001"))
        let count = try copy.required("count", example: "5").parse(example: "5") { (text) throws(ValueError) in
          try PlanReader.wholeNumber(text, in: 1...1000, meaning: "agents to add")
        }
        change.add.append(HeadcountChange.Copies(like: like, count: count))
      }
    }
    if let scaleField = map.optional("scale") {
      change.scale = try scaleField.parse(example: "90%") { (text) throws(ValueError) in
        try share(parsing: text, above: 0, upTo: 10, example: "90% or 120%")
      }.fraction
    }
    return change
  }

  /// `nearest`, `{ nearest: 50% }`, `zero` or `20%` (of the day's mean volume per interval).
  static func newHoursVolume(_ field: YAMLField) throws(InputError) -> NewHoursVolume {
    let example = "nearest, { nearest: 50% }, zero or 20%"
    if field.node.mapping != nil {
      let map = try field.map(known: ["nearest"], example: "{ nearest: 50% }")
      let factor = try map.required("nearest", example: "50%").parse(example: "50%") { (text) throws(ValueError) in
        try share(parsing: text, above: nil, upTo: 10, example: "50%")
      }
      return .nearest(factor: factor)
    }
    let text = try field.text(example: example)
    switch text.lowercased() {
    case "nearest": return .standard
    case "zero": return .zero
    default:
      return .dailyAverage(share: try field.parse(example: example) { (text) throws(ValueError) in
        do {
          return try share(parsing: text, above: nil, upTo: 10, example: "20%")
        } catch {
          throw ValueError("\"\(text)\" is not nearest, zero or a percentage", remedy: "write \(example)")
        }
      })
    }
  }

  /// A share written `90%` or `0.9`, at most `upTo` (10 = 1000 %), above `above` when given.
  static func share(parsing text: String, above: Double?, upTo: Double, example: String) throws(ValueError)
    -> Percentage
  {
    let compact = text.filter { !$0.isWhitespace }
    let isPercent = compact.hasSuffix("%")
    guard let value = Double(isPercent ? String(compact.dropLast()) : compact), value.isFinite else {
      throw ValueError("\"\(text)\" is not a percentage", remedy: "write it like \(example)")
    }
    if !isPercent, value > 1 {
      throw ValueError("\"\(text)\" is above 1 without a % sign", remedy: "write \(compact)% or \(value / 100)")
    }
    let fraction = isPercent ? value / 100 : value
    guard fraction >= 0, fraction <= upTo, above.map({ fraction > $0 }) ?? true else {
      let low = above == nil ? "0%" : "above 0%"
      throw ValueError(
        "\"\(text)\" is outside \(low) to \(Int(upTo * 100))%", remedy: "write it like \(example)")
    }
    return Percentage(fraction: fraction)
  }
}
