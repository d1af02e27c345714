import Foundation
import Forecast
import Yams

/// Reads a plan folder's `plan.yaml` into a ``Plan``, naming the file, line and field of any error.
///
/// Goals, in priority order:
/// 1. Every mistake is one line a planner can act on:
///    `plan.yaml line 12, field channels[0].target: "80-20" is not a target; write it like 80/20 or
///    90%/24h`. Unknown keys suggest the nearest known key; YAML syntax errors give their line.
/// 2. Only what a command uses is required: `name`, `holidays`, `shifts`, `rules` and the channel
///    keys `patience`, `max_occupancy`, `concurrency`, `shrinkage` are optional (docs/reference.md,
///    plan.yaml); the scheduler requires `shifts` and `rules` itself.
///
/// Decisions: `shrinkage` is required (a forgotten 30 % would understaff silently; write `0%`);
/// `patience` is refused on email and messaging (their customers do not wait on line) and
/// `concurrency` on voice and email; shift lengths and start steps must lie on the interval grid.
public enum PlanReader {
  static let planKeys = [
    "name", "timezone", "interval", "week", "shrinkage", "holidays", "channels", "shifts", "rules",
    "min_interval_service_level", "service_level_margin", "special_days", "business_days",
  ]

  /// Reads `folder/plan.yaml`; errors name the file by that path. The plan's name defaults to the
  /// folder's name.
  public static func read(folder: String) throws(InputError) -> Plan {
    let path = (folder as NSString).appendingPathComponent("plan.yaml")
    let yaml = try readText(path)
    let folderName = (((folder as NSString).standardizingPath) as NSString).lastPathComponent
    return try read(yaml: yaml, file: path, defaultName: folderName)
  }

  /// Reads plan.yaml text; `file` names it in errors.
  public static func read(yaml: String, file: String = "plan.yaml", defaultName: String = "Plan")
    throws(InputError) -> Plan
  {
    let root = try compose(yaml, file: file)
    let top = try root.map(known: planKeys, example: "name: Demo Bank")
    let name = try top.optional("name")?.text(example: "name: Demo Bank") ?? defaultName
    let zone = try top.required("timezone", example: "America/Sao_Paulo")
      .parse(example: "America/Sao_Paulo", PlanningCalendar.timeZone(named:))
    let interval = try top.required("interval", example: "15m")
      .parse(example: "15m", IntervalLength.init(parsing:))
    let week = try top.required("week", example: "2026-11-30")
      .parse(example: "2026-11-30", LocalDate.init(parsing:))
    let shrinkage = try top.required("shrinkage", example: "30%")
      .parse(example: "30%", shrinkage(parsing:))
    let floor = try top.optional("min_interval_service_level")?.parse(example: "50%", intervalFloor(parsing:))
    let margin = try top.optional("service_level_margin")?.parse(example: "2%") { (text) throws(ValueError) in
      let share = try Percentage(parsing: text)
      guard share.fraction >= 0, share.fraction <= 0.2 else {
        throw ValueError("\"\(text)\" is not a margin from 0% to 20%", remedy: "give points above the promise, like 2%")
      }
      return share
    }
    var holidays = Holidays()
    if let list = top.optional("holidays") {
      for item in try list.list(example: "[2026-12-25, 2027-01-01]") {
        holidays.dates.insert(try item.parse(example: "2026-12-25", LocalDate.init(parsing:)))
      }
    }
    var calendar = PlanningCalendar(
      timeZone: zone, intervalLength: interval, week: week, holidays: holidays)
    if let list = top.optional("special_days") { calendar.specialDays = try readSpecialDays(list) }
    if let days = top.optional("business_days") {
      calendar.businessDays = Set(try days.parse(example: "mon-fri", Weekday.days(parsing:)))
    }
    let channelsField = try top.required("channels", example: "[{ id: voice, kind: voice, ... }]")
    let channelList = try channelsField.list(example: "- id: voice")
    guard !channelList.isEmpty else {
      throw channelsField.error("is an empty list", "add at least one channel, like - id: voice")
    }
    var channels: [Channel] = []
    for item in channelList {
      let (channel, idField) = try readChannel(item, interval: interval)
      if let index = channels.firstIndex(where: { $0.id == channel.id }) {
        throw idField.error(
          "channel id \"\(channel.id)\" is used twice (also channels[\(index)])",
          "give each channel its own id")
      }
      channels.append(channel)
    }
    let shifts = try top.optional("shifts").map { (field) throws(InputError) in
      try readShifts(field, interval: interval)
    }
    let rules = try top.optional("rules").map { (field) throws(InputError) in try readRules(field) }
    var plan = Plan(
      name: name, calendar: calendar, shrinkage: shrinkage, channels: channels, shifts: shifts,
      rules: rules)
    plan.minIntervalServiceLevel = floor
    plan.serviceLevelMargin = margin
    return plan
  }

  /// Parses a floor of interval service level: a percentage from 0 % to 100 %.
  static func intervalFloor(parsing text: String) throws(ValueError) -> Percentage {
    let share = try Percentage(parsing: text)
    guard share.fraction >= 0, share.fraction <= 1 else {
      throw ValueError("\"\(text)\" is not a service level", remedy: "give a share from 0% to 100%, like 50%")
    }
    return share
  }

  /// Parses a shrinkage: a percentage below 100 %.
  static func shrinkage(parsing text: String) throws(ValueError) -> Percentage {
    let share = try Percentage(parsing: text)
    guard share.fraction < 1 else {
      throw ValueError(
        "\"\(text)\" leaves no time for contacts", remedy: "give a shrinkage below 100%, like 30%")
    }
    return share
  }

  /// Composes the YAML document, turning Yams' syntax errors into one located line.
  static func compose(_ yaml: String, file: String) throws(InputError) -> YAMLField {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw syntaxError(error, yaml: yaml, file: file)
    } catch {
      throw InputError(
        file: file, problem: "is not valid YAML (\(error))", remedy: "check its syntax")
    }
    guard let node else {
      throw InputError(
        file: file, problem: "is empty", remedy: "write the plan; see the README for an example")
    }
    return YAMLField(node: node, path: "", file: file)
  }

  private static func syntaxError(_ error: YamlError, yaml: String, file: String) -> InputError {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> InputError {
      var problem = problem
      if let context, context.mark.line != mark.line {
        problem += " (\(context.text) that starts on line \(context.mark.line))"
      }
      let text = mark.line - 1 < lines.count ? lines[mark.line - 1] : ""
      let remedy =
        text.contains("\t")
        ? "indent with spaces, not tabs"
        : "check the indentation, colons, quotes and brackets on this line and the one before"
      return InputError(file: file, line: mark.line, problem: "YAML syntax error: \(problem)", remedy: remedy)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return located(problem, context, mark)
    case .reader(let problem, let offset, _, _):
      // `offset` counts characters from the start of the text.
      let line = offset.map { yaml.prefix(max(0, $0)).reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 } }
      return InputError(
        file: file, line: line, problem: "cannot be read as text: \(problem)", remedy: "save it as UTF-8")
    default:
      return InputError(file: file, problem: "is not valid YAML (\(error))", remedy: "check its syntax")
    }
  }

  /// The text of a file, as UTF-8.
  static func readText(_ path: String) throws(InputError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw InputError(
        file: path, problem: exists ? "cannot be read" : "does not exist",
        remedy: exists ? "check its permissions" : "check the plan folder's path")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw InputError(file: path, problem: "is not UTF-8 text", remedy: "save it as UTF-8")
    }
    return text
  }
}
