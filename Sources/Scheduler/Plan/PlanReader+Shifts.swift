import Forecast

/// Shifts, breaks and labour rules of plan.yaml.
extension PlanReader {
  static let shiftKeys = ["start_every", "lengths", "breaks", "earliest_start", "latest_end", "min_work_between_breaks"]
  static let breakKeys = ["length", "after", "window", "for_shifts_from", "paid"]
  static let ruleKeys = ["min_rest", "max_consecutive_days", "min_days_off"]

  static func readShifts(_ field: YAMLField, interval: IntervalLength) throws(InputError) -> ShiftPolicy {
    let map = try field.map(known: shiftKeys, example: "{ start_every: 30m, lengths: [4h, 8h] }")
    let onGrid = { (text: String) throws(ValueError) -> Duration in
      let duration = try positiveDuration(parsing: text)
      guard Int(duration.inSeconds) % interval.seconds == 0, duration.inSeconds == duration.inSeconds.rounded()
      else {
        throw ValueError(
          "\"\(text)\" is not a multiple of the \(interval.text) interval",
          remedy: "use multiples of \(interval.text)")
      }
      guard duration <= .seconds(86_400) else {
        throw ValueError("\"\(text)\" is longer than a day", remedy: "use at most 24h")
      }
      return duration
    }
    let startEvery = try map.required("start_every", example: "30m").parse(example: "30m", onGrid)
    var lengths: [Duration] = []
    let lengthsField = try map.required("lengths", example: "[4h, 6h, 8h]")
    for item in try lengthsField.list(example: "[4h, 6h, 8h]") {
      let length = try item.parse(example: "8h", onGrid)
      if lengths.contains(length) {
        throw item.error("\(length.unitText) is listed twice", "list each length once")
      }
      lengths.append(length)
    }
    guard !lengths.isEmpty else {
      throw lengthsField.error("is an empty list", "give at least one shift length, like [8h]")
    }
    var breaks: [BreakPolicy] = []
    if let list = map.optional("breaks") {
      for item in try list.list(example: "[{ length: 15m, after: 2h }]") {
        breaks.append(try readBreak(item, interval: interval))
      }
    }
    let earliest = try map.optional("earliest_start")?.parse(example: "06:00") {
      (text) throws(ValueError) in try gridTime(text, interval: interval, allowingEndOfDay: false)
    }
    let latest = try map.optional("latest_end")?.parse(example: "22:00") {
      (text) throws(ValueError) in try gridTime(text, interval: interval, allowingEndOfDay: true)
    }
    let apart = try map.optional("min_work_between_breaks")?.parse(example: "30m") { (text) throws(ValueError) -> Duration in
      let duration = try Duration(parsing: text)
      guard duration >= .zero, Int(duration.inSeconds) % interval.seconds == 0, duration.inSeconds == duration.inSeconds.rounded()
      else {
        throw ValueError(
          "\"\(text)\" is not a whole number of \(interval.text) intervals",
          remedy: "use a multiple of \(interval.text), or 0m to let breaks touch")
      }
      return duration
    }
    return ShiftPolicy(
      startEvery: startEvery, lengths: lengths, breaks: breaks, earliestStart: earliest,
      latestEnd: latest, minWorkBetweenBreaks: apart ?? ShiftPolicy.defaultWorkBetweenBreaks(interval: interval))
  }

  /// A break's durations lie on the interval grid (a 15-minute break cannot be placed on 30-minute
  /// intervals): checked here, where the line is known.
  static func readBreak(_ field: YAMLField, interval: IntervalLength) throws(InputError) -> BreakPolicy {
    let map = try field.map(known: breakKeys, example: "{ length: 15m, after: 2h }")
    let onGrid = { (duration: Duration, text: String) throws(ValueError) -> Duration in
      guard duration.inSeconds == duration.inSeconds.rounded(), Int(duration.inSeconds) % interval.seconds == 0 else {
        throw ValueError(
          "\"\(text)\" is not a whole number of \(interval.text) intervals",
          remedy: "use a multiple of \(interval.text), or a shorter interval in plan.yaml")
      }
      return duration
    }
    let length = try map.required("length", example: "15m").parse(example: "15m") {
      (text) throws(ValueError) in try onGrid(try positiveDuration(parsing: text), text)
    }
    let time = { (text: String) throws(ValueError) -> Duration in try onGrid(try Duration(parsing: text), text) }
    let placement: BreakPolicy.Placement
    switch (map.optional("after"), map.optional("window")) {
    case (let after?, nil):
      placement = .after(try after.parse(example: "2h", time))
    case (nil, let window?):
      let items = try window.list(example: "[3h, 5h]")
      guard items.count == 2 else {
        throw window.error("has \(items.count) times", "give the earliest and latest start, like [3h, 5h]")
      }
      let earliest = try items[0].parse(example: "3h", time)
      let latest = try items[1].parse(example: "5h", time)
      guard earliest <= latest else {
        throw window.error("ends before it starts", "write the earlier time first, like [3h, 5h]")
      }
      guard latest - earliest >= length else {
        throw window.error(
          "a \(length.unitText) break cannot lie inside its window of \(earliest.unitText) to \(latest.unitText)",
          "widen the window to at least \(length.unitText) or shorten the break")
      }
      placement = .window(earliest: earliest, latest: latest)
    case (_?, let window?):
      throw window.error("is given together with after", "give either after or window, not both")
    case (nil, nil):
      throw field.error("has neither after nor window", "say when the break starts, like after: 2h or window: [3h, 5h]")
    }
    let from = try map.optional("for_shifts_from")?.parse(example: "6h") {
      (text) throws(ValueError) in try onGrid(try positiveDuration(parsing: text), text)
    }
    let paid = try map.optional("paid")?.parse(example: "false", bool(parsing:)) ?? true
    return BreakPolicy(length: length, placement: placement, forShiftsFrom: from, paid: paid)
  }

  static func readRules(_ field: YAMLField) throws(InputError) -> LabourPolicy {
    let map = try field.map(known: ruleKeys, example: "{ min_rest: 11h, max_consecutive_days: 6 }")
    let minRest = try map.optional("min_rest")?.parse(example: "11h", Duration.init(parsing:))
    let consecutive = try map.optional("max_consecutive_days")?.parse(example: "6") {
      (text) throws(ValueError) in try wholeNumber(text, in: 1...7, meaning: "days in a row")
    }
    let daysOff = try map.optional("min_days_off")?.parse(example: "1") {
      (text) throws(ValueError) in try wholeNumber(text, in: 0...6, meaning: "days off in the week")
    }
    return LabourPolicy(minRest: minRest, maxConsecutiveDays: consecutive, minDaysOff: daysOff)
  }

  static func gridTime(_ text: String, interval: IntervalLength, allowingEndOfDay: Bool) throws(ValueError)
    -> TimeOfDay
  {
    let time = try TimeOfDay(parsing: text, allowingEndOfDay: allowingEndOfDay)
    guard time.minutes % interval.minutes == 0 else {
      throw ValueError(
        "\(time.text) is not on the \(interval.text) interval grid",
        remedy: "use a multiple of \(interval.text)")
    }
    return time
  }

  static func bool(parsing text: String) throws(ValueError) -> Bool {
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw ValueError("\"\(text)\" is not true or false", remedy: "write true or false")
    }
  }
}
