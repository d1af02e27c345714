import Forecast

/// A capacity what-if (docs/capacity.md, "Scenarios"): changes to volume, handle time, shrinkage,
/// attrition, ramp and starting head count, planned beside the base.
public struct CapacityScenario: Sendable {
  public var name: String
  public var volume = ChannelFactors()
  public var handleTime = ChannelFactors()
  /// Replaces capacity.yaml's shrinkage (default and months) when given.
  public var shrinkage: CapacityAssumptions.Shrinkage?
  /// Replaces the rates given; the others stay.
  public var attrition: [String: Percentage] = [:]
  public var ramp: [Double]?
  /// Multiplies the starting head count.
  public var headcountFactor: Double = 1

  public init(name: String) { self.name = name }

  /// The assumptions with this scenario's changes.
  public func apply(to base: CapacityAssumptions) -> CapacityAssumptions {
    var changed = base
    if let shrinkage { changed.shrinkage = shrinkage }
    if let rate = attrition["training"] { changed.attrition.training = rate }
    if let rate = attrition["ramp"] { changed.attrition.ramp = rate }
    if let rate = attrition["tenured"] { changed.attrition.tenured = rate }
    if let ramp { changed.hiring.ramp = ramp }
    return changed
  }

  public func headcount(_ base: Double) -> Double { base * headcountFactor }
}

/// Reads a capacity scenario file, naming file, line and field of any error.
public enum CapacityScenarioReader {
  /// Each scenario's name is its own column and folder: two alike, or one called "base", are refused.
  public static func checkNames(_ scenarios: [CapacityScenario], files: [String]) throws(InputError) {
    var seen: [String: String] = [:]
    for (scenario, file) in zip(scenarios, files) {
      let key = scenario.name.lowercased()
      if key == "base" {
        throw InputError(file: file, field: "name", problem: "\"base\" names the plan without changes", remedy: "give the scenario another name")
      }
      if let first = seen[key] {
        throw InputError(
          file: file, field: "name", problem: "\"\(scenario.name)\" is also the name of \(first)",
          remedy: "give each scenario its own name (name: in the file, else the file's name)")
      }
      seen[key] = file
    }
  }

  static let keys = ["name", "volume", "handle_time", "shrinkage", "attrition", "ramp", "headcount"]

  public static func read(path: String, base: CapacityAssumptions, channels: [String]) throws(InputError)
    -> CapacityScenario
  {
    let (yaml, name) = try ScenarioReader.readNamed(path)
    return try read(yaml: yaml, file: path, defaultName: name, base: base, channels: channels)
  }

  public static func read(yaml: String, file: String, defaultName: String, base: CapacityAssumptions, channels: [String])
    throws(InputError) -> CapacityScenario
  {
    try ScenarioReader.requireChanges(yaml, file: file, example: "volume: +10% (docs/reference.md, Capacity scenarios)")
    let top = try PlanReader.compose(yaml, file: file).map(known: keys, example: "volume: +10%")
    var scenario = CapacityScenario(name: try top.optional("name")?.text(example: "name: high volume") ?? defaultName)
    if let field = top.optional("volume") { scenario.volume = try ScenarioReader.factors(field, channelIDs: channels) }
    if let field = top.optional("handle_time") {
      scenario.handleTime = try ScenarioReader.factors(field, channelIDs: channels)
    }
    if let field = top.optional("shrinkage") {
      scenario.shrinkage = try CapacityAssumptionsReader.readShrinkage(field, default: base.shrinkage.standard)
    }
    if let field = top.optional("attrition") {
      let map = try field.map(known: CapacityAssumptionsReader.attritionKeys, example: "{ tenured: 1.5% }")
      for entry in map.entries {
        scenario.attrition[entry.key] = try CapacityAssumptionsReader.rate(entry.value)
      }
    }
    if let field = top.optional("ramp") { scenario.ramp = try CapacityAssumptionsReader.readRamp(field) }
    if let field = top.optional("headcount") {
      scenario.headcountFactor = try field.parse(example: "-10%", ChannelFactors.change(parsing:))
    }
    return scenario
  }
}
