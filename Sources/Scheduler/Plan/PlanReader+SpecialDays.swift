import Forecast

/// `special_days` of plan.yaml: named days the calendar-aware forecast learns a factor for.
extension PlanReader {
  static let specialDayKeys = ["name", "dates", "month_day", "month_weekday"]

  /// Reads `- { name: billing run, month_day: 10 }` or `- { name: campaign, dates: [2026-12-03] }`.
  static func readSpecialDays(_ field: YAMLField) throws(InputError) -> [SpecialDay] {
    var days: [SpecialDay] = []
    for item in try field.list(example: "- { name: billing run, month_day: 10 }") {
      let map = try item.map(known: specialDayKeys, example: "{ name: billing run, month_day: 10 }")
      let nameField = try map.required("name", example: "billing run")
      let name = try nameField.text(example: "name: billing run").trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw nameField.error("is empty", "name the day, like billing run") }
      if days.contains(where: { $0.name == name }) {
        throw nameField.error("special day \"\(name)\" is named twice", "give each special day its own name")
      }
      let dates = map.optional("dates"), monthDay = map.optional("month_day")
      let monthWeekday = map.optional("month_weekday")
      switch (dates, monthDay, monthWeekday) {
      case (let list?, nil, nil):
        var set = Set<LocalDate>()
        for date in try list.list(example: "[2026-12-03, 2026-12-10]") {
          set.insert(try date.parse(example: "2026-12-03", LocalDate.init(parsing:)))
        }
        days.append(SpecialDay(name: name, rule: .dates(set)))
      case (nil, let day?, nil):
        let number = try day.parse(example: "10") { (text) throws(ValueError) in
          try wholeNumber(text, in: 1...31, meaning: "the day of the month")
        }
        days.append(SpecialDay(name: name, rule: .monthDay(number)))
      case (nil, nil, let rule?):
        days.append(SpecialDay(name: name, rule: try rule.parse(example: "first mon", SpecialDay.Rule.monthWeekday(parsing:))))
      default:
        throw item.error(
          "special day \"\(name)\" needs one of dates, month_day or month_weekday",
          "give dates: [2026-12-03], month_day: 10 or month_weekday: first mon, only one")
      }
    }
    return days
  }
}
