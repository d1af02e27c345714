import Forecast
import Scheduler

/// The words of the published service coordinates in one language (English or Portuguese).
struct PublishLanguage: Sendable {
  var code: String
  var title: String
  var hoursLabel: String
  var promiseLabel: String
  var anyHourNote: String
  var holidaysTitle: String
  /// The title of the holidays when some channel opens on them, and a channel's line for them.
  var holidaysOpenTitle: String
  var holidayHoursLabel: String
  var noHolidays: String
  var closed: String
  /// Short weekday names, Monday first.
  var weekdays: [String]
  var channelNames: [ChannelKind: String]
  /// Plural noun of a contact with its article for Portuguese (`das chamadas`), by kind.
  var contacts: [ChannelKind: String]
  var answered: [ChannelKind: String]
  var within: String
  /// Singular and plural unit words: second, minute, hour, day.
  var units: [(String, String)]
  var dateText: @Sendable (LocalDate) -> String
  /// `Valid for the week of %@ to %@.`: the roster week the promises were checked for.
  var validity: String

  static let english = PublishLanguage(
    code: "en", title: "service coordinates", hoursLabel: "Opening hours", promiseLabel: "Our promise",
    anyHourNote: "Messages are received at any hour and answered during opening hours.",
    holidaysTitle: "Closed on holidays", holidaysOpenTitle: "Holidays", holidayHoursLabel: "On holidays",
    noHolidays: "None", closed: "closed",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    channelNames: [.voice: "Phone", .chat: "Chat", .email: "E-mail", .messaging: "Messaging"],
    contacts: [.voice: "of calls", .chat: "of chats", .email: "of e-mails", .messaging: "of messages"],
    answered: [.voice: "answered", .chat: "answered", .email: "answered", .messaging: "answered"],
    within: "within", units: [("second", "seconds"), ("minute", "minutes"), ("hour", "hours"), ("day", "days")],
    dateText: { $0.text }, validity: "Valid for the week of %@ to %@.")

  static let portuguese = PublishLanguage(
    code: "pt", title: "coordenadas de atendimento", hoursLabel: "Horário de atendimento",
    promiseLabel: "Nosso compromisso",
    anyHourNote: "As mensagens são recebidas a qualquer hora e respondidas no horário de atendimento.",
    holidaysTitle: "Fechado nos feriados", holidaysOpenTitle: "Feriados", holidayHoursLabel: "Nos feriados",
    noHolidays: "Nenhum", closed: "fechado",
    weekdays: ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    channelNames: [.voice: "Telefone", .chat: "Chat", .email: "E-mail", .messaging: "Mensagens"],
    contacts: [.voice: "das chamadas", .chat: "dos chats", .email: "dos e-mails", .messaging: "das mensagens"],
    answered: [.voice: "atendidas", .chat: "atendidos", .email: "respondidos", .messaging: "respondidas"],
    within: "em até", units: [("segundo", "segundos"), ("minuto", "minutos"), ("hora", "horas"), ("dia", "dias")],
    dateText: { String(format: "%02d/%02d/%04d", $0.day, $0.month, $0.year) },
    validity: "Válido para a semana de %@ a %@.")

  /// The language of `--language`; nil when unknown.
  static func named(_ code: String) -> PublishLanguage? {
    switch code.lowercased() {
    case "en", "english": english
    case "pt", "pt-br", "pt-pt", "portuguese", "português": portuguese
    default: nil
    }
  }

  /// `80 % of calls answered within 20 seconds` / `80 % das chamadas atendidas em até 20 segundos`.
  func promise(_ channel: Channel) -> String {
    let share = channel.target.share.percentText.replacingOccurrences(of: "%", with: " %")
    return "\(share) \(contacts[channel.kind]!) \(answered[channel.kind]!) \(within) \(duration(channel.target.answerTime))"
  }

  /// `20 seconds`, `2 minutes`, `24 hours`, `1 hour`, `3 days`: the largest whole unit (hours up to
  /// 72); hours and minutes both when the hours are not whole (`24 hours 45 minutes`, not `1485 minutes`).
  func duration(_ duration: Duration) -> String {
    let seconds = Int(duration.inSeconds.rounded())
    if seconds > 3600, seconds % 3600 != 0, seconds % 60 == 0, seconds < 96 * 3600 {
      let hours = seconds / 3600, minutes = seconds % 3600 / 60
      return "\(hours) \(hours == 1 ? units[2].0 : units[2].1) \(minutes) \(minutes == 1 ? units[1].0 : units[1].1)"
    }
    let (amount, unit): (Int, Int) =
      if seconds >= 96 * 3600, seconds % 86_400 == 0 { (seconds / 86_400, 3) } else if seconds >= 3600,
        seconds % 3600 == 0
      { (seconds / 3600, 2) } else if seconds >= 120, seconds % 60 == 0 { (seconds / 60, 1) } else { (seconds, 0) }
    return "\(amount) \(amount == 1 ? units[unit].0 : units[unit].1)"
  }

  /// `Mon-Fri 08:00-20:00; Sat 09:00-13:00; Sun closed`: consecutive days with the same ranges grouped,
  /// starting on `firstDay` (the plan week's first day).
  func hours(_ hours: OpeningHours, firstDay: Weekday) -> String {
    var days: [Weekday] = []
    var day = firstDay
    for _ in 0..<7 {
      days.append(day)
      day = day.next
    }
    func ranges(_ day: Weekday) -> String {
      let list = hours.ranges(on: day)
      return list.isEmpty ? closed : list.map(\.text).joined(separator: ", ")
    }
    var groups: [String] = []
    var start = 0
    while start < days.count {
      var end = start
      while end + 1 < days.count, ranges(days[end + 1]) == ranges(days[start]) { end += 1 }
      let name = { (day: Weekday) in weekdays[day.offsetFromMonday] }
      let label = start == end ? name(days[start]) : "\(name(days[start]))-\(name(days[end]))"
      groups.append("\(label) \(ranges(days[start]))")
      start = end + 1
    }
    return groups.joined(separator: "; ")
  }

  /// The channel's `name:`; else `Phone`, or `Messaging (whatsapp)` when the channel's id is not its kind.
  func channelTitle(_ channel: Channel) -> String {
    if let own = channel.name { return own }
    let name = channelNames[channel.kind]!
    return channel.id == channel.kind.rawValue ? name : "\(name) (\(channel.id))"
  }
}
