import Foundation
import Forecast

/// Channels and opening hours of plan.yaml.
extension PlanReader {
  static let channelKeys = [
    "id", "kind", "hours", "target", "patience", "max_occupancy", "concurrency", "shrinkage",
    "min_interval_service_level", "name", "aht",
  ]

  /// Reads one channel; returns it with its `id` field for "used twice" messages.
  static func readChannel(_ field: YAMLField, interval: IntervalLength) throws(InputError)
    -> (Channel, YAMLField)
  {
    let map = try field.map(known: channelKeys, example: "{ id: voice, kind: voice, hours: ..., target: 80/20 }")
    let idField = try map.required("id", example: "voice")
    let id = try idField.parse(example: "voice", channelID(parsing:))
    let kindField = try map.required("kind", example: "voice")
    let kind = try kindField.parse(example: "voice", channelKind(parsing:))
    let hoursField = try map.required("hours", example: "{ mon-fri: \"08:00-20:00\" }")
    let hours = try readHours(hoursField, interval: interval)
    let target = try map.required("target", example: kind.isDeferred ? "90%/24h" : "80/20")
      .parse(example: "80/20", ServiceTarget.init(parsing:))
    var patience: Duration?
    if let value = map.optional("patience") {
      guard kind.waitsOnLine else {
        throw value.error(
          "patience applies to voice and chat, where customers wait on line; \(kind.rawValue) contacts do not",
          "remove patience from this channel")
      }
      patience = try value.parse(example: "120s", positiveDuration(parsing:))
    }
    let maxOccupancy = try map.optional("max_occupancy")?.parse(example: "85%") {
      (text) throws(ValueError) in
      let share = try Percentage(parsing: text)
      guard share.fraction > 0 else {
        throw ValueError("\"\(text)\" lets agents take no contact", remedy: "give a share above 0%, like 85%")
      }
      return share
    }
    var concurrency: Int?
    if let value = map.optional("concurrency") {
      guard kind.allowsConcurrency else {
        throw value.error(
          "concurrency applies to chat and messaging; \(kind.rawValue) agents take one contact at a time",
          "remove concurrency from this channel")
      }
      concurrency = try value.parse(example: "3") { (text) throws(ValueError) in
        try wholeNumber(text, in: 1...50, meaning: "contacts one agent carries at once")
      }
    }
    let shrinkage = try map.optional("shrinkage")?.parse(example: "30%", shrinkage(parsing:))
    var channel = Channel(
      id: id, kind: kind, hours: hours, target: target, patience: patience,
      maxOccupancy: maxOccupancy, concurrency: concurrency, shrinkage: shrinkage)
    if let value = map.optional("name") {
      let text = try value.text(example: "name: WhatsApp")
      guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw value.error("is empty", "give the name customers know the channel by, like WhatsApp, or remove name")
      }
      channel.name = text
    }
    if let value = map.optional("min_interval_service_level") {
      guard kind.waitsOnLine else {
        throw value.error(
          "min_interval_service_level applies to voice and chat, answered on line; \(kind.rawValue) work is judged over its window",
          "remove min_interval_service_level from this channel")
      }
      channel.minIntervalServiceLevel = try value.parse(example: "50%", intervalFloor(parsing:))
    }
    channel.handleTime = try map.optional("aht")?.parse(example: "240s", positiveDuration(parsing:))
    return (channel, idField)
  }

  /// Reads `{ mon-fri: "08:00-20:00", sat: closed, holidays: "09:00-13:00" }`, each entry checked where it is written:
  /// day keys at the key's line, ranges and the interval grid at the value's line.
  static func readHours(_ field: YAMLField, interval: IntervalLength) throws(InputError) -> OpeningHours {
    var hours = OpeningHours()
    for entry in try field.entries(example: "{ mon-fri: \"08:00-20:00\", sat: \"09:00-13:00\" }") {
      let isHolidays = OpeningHours.isHolidayKey(entry.key)
      var days: [Weekday] = []
      do {
        if !isHolidays { days = try Weekday.days(parsing: entry.key) }
      } catch {
        throw entry.keyField.error(error)
      }
      let text: String
      if let items = entry.value.node.sequence {
        var parts: [String] = []
        for item in items {
          parts.append(try YAMLField(node: item, path: entry.value.path, file: field.file)
            .text(example: "\"08:00-12:00\""))
        }
        text = parts.joined(separator: ",")
      } else {
        text = try entry.value.text(example: "\"08:00-20:00\"")
      }
      do {
        let ranges = try OpeningHours.ranges(parsing: text)
        for range in ranges { try range.checkGrid(interval) }
        if isHolidays { try hours.setHolidays(ranges) } else { try hours.set(ranges, on: days, key: entry.key) }
      } catch {
        throw entry.value.error(error)
      }
    }
    return hours
  }

  /// A channel id: letters, digits, `-` and `_` (it appears in agents.csv as `voice|chat`).
  static func channelID(parsing text: String) throws(ValueError) -> String {
    let allowed = text.unicodeScalars.allSatisfy {
      ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
    }
    guard !text.isEmpty, allowed else {
      throw ValueError(
        "\"\(text)\" is not a channel id", remedy: "use letters, digits, - and _, like voice or web_chat")
    }
    return text
  }

  static func channelKind(parsing text: String) throws(ValueError) -> ChannelKind {
    if let kind = ChannelKind(rawValue: text.lowercased()) { return kind }
    let names = ChannelKind.allCases.map(\.rawValue)
    let hint = NearestName.suggestion(for: text, among: names).map { "did you mean \($0)? " } ?? ""
    throw ValueError("\"\(text)\" is not a channel kind", remedy: "\(hint)use voice, chat, email or messaging")
  }

  /// A duration above zero.
  static func positiveDuration(parsing text: String) throws(ValueError) -> Duration {
    let duration = try Duration(parsing: text)
    guard duration > .zero else {
      throw ValueError("\"\(text)\" is zero", remedy: "give a duration above zero")
    }
    return duration
  }

  /// A whole number in `range`; `meaning` says what it counts.
  static func wholeNumber(_ text: String, in range: ClosedRange<Int>, meaning: String) throws(ValueError)
    -> Int
  {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let value = Int(trimmed) else {
      throw ValueError(
        "\"\(text)\" is not a whole number", remedy: "give the number of \(meaning), like \(range.lowerBound + 1)")
    }
    guard range.contains(value) else {
      throw ValueError(
        "\(value) is outside \(range.lowerBound) to \(range.upperBound)",
        remedy: "give the number of \(meaning), from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }
}
