import Foundation
import Forecast

/// Reads agents.csv into ``Agent`` values, naming the line and column of any error.
///
/// Columns (docs/reference.md, agents.csv): `id,name,skills,min_hours,max_hours,max_days,availability,
/// cost_per_hour`, in any order; extra columns are ignored unless misspelt known ones, `name` and `availability` may be left
/// out. Values:
/// - `skills`: channel ids joined by `|`, like `voice|chat`; each must be a channel of the plan.
/// - `min_hours`, `max_hours`: hours per week, a bare number (`40`, `37.5`) or a duration (`40h`,
///   `37h30m`); an empty `min_hours` is 0. `min_hours` above `max_hours` is an error.
/// - `max_days`: days with a shift per week, 1 to 7.
/// - `availability`: `mon-fri 07:00-19:00; sat 08:00-14:00` (day keys and ranges as in opening
///   hours, `22:00-06:00` crossing midnight); empty means any time.
/// - `cost_per_hour`: a non-negative number with a dot for decimals.
public enum AgentsReader {
  static let requiredColumns = ["id", "skills", "min_hours", "max_hours", "max_days", "cost_per_hour"]
  static let columns = ["id", "name", "skills", "min_hours", "max_hours", "max_days", "availability", "cost_per_hour"]

  /// Reads the agents file at `path` for `plan`; errors name it as `name` (default: the path).
  public static func read(path: String, name: String? = nil, plan: Plan) throws(InputError) -> [Agent] {
    try read(CSVReader(path: path, name: name), channelIDs: plan.channels.map(\.id), interval: plan.intervalLength)
  }

  /// Reads agents CSV text; `file` names it in errors.
  public static func read(
    csv text: String, file: String = "agents.csv", channelIDs: [String], interval: IntervalLength? = nil
  ) throws(InputError) -> [Agent] {
    try read(CSVReader(text: text, name: file), channelIDs: channelIDs, interval: interval)
  }

  static func read(_ reader: CSVReader, channelIDs: [String], interval: IntervalLength?) throws(InputError)
    -> [Agent]
  {
    let rows: [CSVRow]
    do {
      rows = try reader.rows()
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(file: reader.name, problem: "cannot be read (\(error))", remedy: "check the file")
    }
    return try read(rows: rows, file: reader.name, channelIDs: channelIDs, interval: interval)
  }

  /// Reads parsed rows, the header first; each row carries its line for messages.
  public static func read(rows: [CSVRow], file: String, channelIDs: [String], interval: IntervalLength? = nil)
    throws(InputError) -> [Agent]
  {
    guard let header = rows.first else {
      throw InputError(
        file: file, problem: "is empty",
        remedy: "start with the header \(columns.joined(separator: ","))")
    }
    try header.checkCommaSeparated(file: file, header: columns.joined(separator: ","))
    let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() where !name.isEmpty {
      if index[name] != nil {
        throw InputError(
          file: file, line: header.line, field: name, problem: "column is named twice",
          remedy: "keep one \(name) column")
      }
      index[name] = position
    }
    for column in requiredColumns where index[column] == nil {
      let unused = names.filter { !columns.contains($0) }
      let remedy = NearestName.suggestion(for: column, among: unused).map { "rename column \"\($0)\" to \(column)" }
        ?? "add it to the header: \(columns.joined(separator: ","))"
      throw InputError(file: file, line: header.line, field: column, problem: "column is missing", remedy: remedy)
    }
    // An extra column is ignored (exports carry team, site...), unless its name is a misspelling of
    // a known column the header lacks: `availabilty` would otherwise read as "available any time".
    let absent = columns.filter { index[$0] == nil }
    for (position, name) in names.enumerated() where !name.isEmpty && !columns.contains(name) {
      if let meant = NearestName.suggestion(for: name, among: absent) {
        throw InputError(
          file: file, line: header.line, field: "column \(position + 1)",
          problem: "unknown column \"\(header.fields[position].trimmingCharacters(in: .whitespaces))\"",
          remedy: "did you mean \(meant)? rename it (the columns are \(columns.joined(separator: ",")))")
      }
    }
    var agents: [Agent] = []
    var firstLine: [String: Int] = [:]
    for row in rows.dropFirst() {
      if row.fields.count > names.count,
        row.fields[names.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
      {
        // One field too many, the skills where the header has them (the text columns before are
        // whole), and two neighbours of digits after them, the second of one or two: a decimal comma.
        let digits = { (text: String) in !text.isEmpty && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) }
        let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let skills = index["skills"] ?? 0
        let aligned = row.fields.count == names.count + 1
          && fields[skills].split(separator: "|").allSatisfy { channelIDs.contains(String($0).trimmingCharacters(in: .whitespaces)) }
        let comma = aligned
          ? fields.indices.dropLast().last { $0 > skills && digits(fields[$0]) && digits(fields[$0 + 1]) && fields[$0 + 1].count <= 2 }
          : nil
        // Skills or availability ranges split at a comma read as a decimal comma further on
        // (`voice,chat` unquoted blamed "40,5").
        let isSkills = { (text: String) in
          !text.isEmpty && text.split(separator: "|").allSatisfy { channelIDs.contains(String($0).trimmingCharacters(in: .whitespaces)) }
        }
        let isRange = { (text: String) in text.range(of: #"^\d{1,2}:\d\d-\d{1,2}:\d\d"#, options: .regularExpression) != nil }
        let availability = index["availability"]
        let oneTooMany = row.fields.count == names.count + 1
        let split: String? =
          if oneTooMany, skills + 1 < fields.count, isSkills(fields[skills]), isSkills(fields[skills + 1]) {
            "\"\(fields[skills]),\(fields[skills + 1])\" looks like skills separated by a comma: write \(fields[skills])|\(fields[skills + 1])"
          } else if oneTooMany, let a = availability, a + 1 < fields.count, isRange(fields[a + 1]) {
            "\"\(fields[a]),\(fields[a + 1])\" looks like availability with two ranges: quote the field, like \"\(fields[a]),\(fields[a + 1])\""
          } else { nil }
        throw InputError(
          file: file, line: row.line,
          problem: "has \(row.fields.count) fields but the header has \(names.count)",
          remedy: split
            ?? (comma.map { "\"\(fields[$0]),\(fields[$0 + 1])\" looks like a decimal comma: write \(fields[$0]).\(fields[$0 + 1]); " } ?? "")
            + "quote fields that contain commas, like \"Cohen, Ana\"")
      }
      let agent = try readAgent(row, file: file, index: index, channelIDs: channelIDs, interval: interval)
      if let first = firstLine[agent.id] {
        throw InputError(
          file: file, line: row.line, field: "id",
          problem: "agent id \"\(agent.id)\" is used twice (first on line \(first))",
          remedy: "give each agent its own id")
      }
      firstLine[agent.id] = row.line
      agents.append(agent)
    }
    return agents
  }

  static func readAgent(
    _ row: CSVRow, file: String, index: [String: Int], channelIDs: [String], interval: IntervalLength?
  ) throws(InputError) -> Agent {
    func value(_ column: String) -> String {
      index[column].map { row[$0].trimmingCharacters(in: .whitespaces) } ?? ""
    }
    func parse<T>(_ column: String, _ body: (String) throws(ValueError) -> T) throws(InputError) -> T {
      do {
        return try body(value(column))
      } catch {
        throw InputError(file: file, line: row.line, field: column, error)
      }
    }
    let id = try parse("id") { (text) throws(ValueError) in
      guard !text.isEmpty else { throw ValueError("id is empty", remedy: "give every agent an id, like A001") }
      return text
    }
    let skills = try parse("skills") { (text) throws(ValueError) in try Self.skills(text, channelIDs: channelIDs) }
    let minHours = try parse("min_hours") { (text) throws(ValueError) in
      text.isEmpty ? .zero : try weeklyHours(text)
    }
    let maxHours = try parse("max_hours") { (text) throws(ValueError) in
      guard !text.isEmpty else {
        throw ValueError("max_hours is empty", remedy: "give the most hours per week, like 40")
      }
      return try weeklyHours(text)
    }
    if minHours > maxHours {
      throw InputError(
        file: file, line: row.line, field: "min_hours",
        problem: "min_hours \(minHours.unitText) is above max_hours \(maxHours.unitText)",
        remedy: "lower min_hours or raise max_hours")
    }
    let maxDays = try parse("max_days") { (text) throws(ValueError) in
      try PlanReader.wholeNumber(text, in: 1...7, meaning: "days with a shift per week")
    }
    let availability = try parse("availability") { (text) throws(ValueError) in
      try Self.availability(text, interval: interval)
    }
    let cost = try parse("cost_per_hour") { (text) throws(ValueError) in try costPerHour(text) }
    return Agent(
      id: id, name: value("name"), skills: skills, minHours: minHours, maxHours: maxHours,
      maxDays: maxDays, availability: availability, costPerHour: cost)
  }

  /// `voice|chat` into channel ids, each known to the plan.
  static func skills(_ text: String, channelIDs: [String]) throws(ValueError) -> [String] {
    var skills: [String] = []
    for part in text.split(separator: "|") {
      let skill = part.trimmingCharacters(in: .whitespaces)
      guard !skill.isEmpty else { continue }
      guard channelIDs.contains(skill) else {
        let hint = NearestName.suggestion(for: skill, among: channelIDs).map { "did you mean \($0)? " } ?? ""
        throw ValueError(
          "\"\(skill)\" is not a channel of the plan",
          remedy: "\(hint)use the channel ids \(channelIDs.joined(separator: ", ")), joined by |")
      }
      if !skills.contains(skill) { skills.append(skill) }
    }
    guard !skills.isEmpty else {
      throw ValueError(
        "skills is empty", remedy: "list the channels the agent answers, like \(channelIDs.prefix(2).joined(separator: "|"))")
    }
    return skills
  }

  /// Hours per week: a bare number of hours or a duration, 0 to 168 hours.
  static func weeklyHours(_ text: String) throws(ValueError) -> Duration {
    let hours: Double
    if let bare = Double(text) {
      hours = bare
    } else if text.contains(","), Double(text.replacingOccurrences(of: ",", with: ".")) != nil {
      throw ValueError("\"\(text)\" is not a number", remedy: "use a dot for decimals, like 37.5")
    } else {
      // A duration's own hint (20s, 15m) would not fit a weekly figure.
      do { hours = try Duration(parsing: text).inHours } catch {
        throw ValueError("\"\(text)\" is not a number of hours", remedy: "write it like 40 or 37h30m")
      }
    }
    guard hours.isFinite, (0...168).contains(hours) else {
      throw ValueError("\"\(text)\" is not between 0 and 168 hours", remedy: "give hours per week, like 40")
    }
    return .seconds(real: hours * 3600)
  }

  /// `mon-fri 07:00-19:00; sat 08:00-14:00`; empty means any time (nil).
  static func availability(_ text: String, interval: IntervalLength?) throws(ValueError) -> OpeningHours? {
    guard !text.isEmpty else { return nil }
    var hours = OpeningHours()
    for part in text.split(separator: ";") {
      let entry = part.trimmingCharacters(in: .whitespaces)
      guard !entry.isEmpty else { continue }
      guard let space = entry.firstIndex(where: \.isWhitespace) else {
        throw ValueError(
          "\"\(entry)\" has no times", remedy: "write days then times, like mon-fri 07:00-19:00; sat 08:00-14:00")
      }
      let ranges = String(entry[space...]).trimmingCharacters(in: .whitespaces)
      let key = String(entry[..<space])
      if OpeningHours.isHolidayKey(key) {
        throw ValueError(
          "availability has no holiday hours (\"\(entry)\")",
          remedy: "give weekdays only; an agent works a holiday where a channel of theirs opens on it and they are available that weekday")
      }
      try hours.add(key: key, value: ranges)
    }
    if let interval { try hours.checkGrid(interval) }
    return hours
  }

  /// A non-negative cost, dot for decimals.
  static func costPerHour(_ text: String) throws(ValueError) -> Double {
    guard let cost = Double(text), cost.isFinite else {
      if text.isEmpty {
        throw ValueError("cost_per_hour is empty", remedy: "give the cost of one paid hour, like 15.00 (0 if none)")
      }
      let remedy = text.contains(",") ? "use a dot for decimals, like 15.50" : "write a plain number without currency, like 15.50"
      throw ValueError("\"\(text)\" is not a number", remedy: remedy)
    }
    guard cost >= 0 else {
      throw ValueError("\"\(text)\" is negative", remedy: "give a cost of 0 or more")
    }
    return cost
  }
}
