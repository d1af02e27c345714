import Forecast
import Foundation

extension RosterCheck {
  /// Rule `availability`: every plan interval the shift touches (work, break or idle) starts inside
  /// the agent's availability, read on the wall clock.
  func availability(_ shift: Shift) -> [RosterViolation] {
    guard let hours = shift.agent?.availability else { return [] }
    let unavailable = stretches(of: shift.start..<shift.end) { interval in
      hours.isOpen(interval.weekday, minuteOfDay: interval.localStart.minuteOfDay) ? nil : interval.weekday
    }
    return unavailable.map { stretch, day in
      let ranges = hours.ranges(on: day)
      let available = ranges.isEmpty
        ? "not available on \(day.shortName)" : "available \(day.shortName) \(ranges.map(\.text).joined(separator: ","))"
      return violation(shift, .availability, "works \(span(stretch, on: shift.date)) outside availability (\(available))")
    }
  }

  /// Rule `skills`: every work segment is on a channel of the plan the agent is skilled for.
  func skills(_ shift: Shift) -> [RosterViolation] {
    shift.segments.filter { $0.activity == .work }.compactMap { segment in
      let channel = segment.channel ?? ""
      let hours = span(segment.start..<segment.end, on: shift.date)
      if channel.isEmpty { return violation(shift, .skills, "works \(hours) without a channel") }
      if plan.channel(channel) == nil {
        return violation(shift, .skills, "works \(channel) \(hours), which is not a channel of the plan")
      }
      guard let agent = shift.agent, !agent.canAnswer(channel) else { return nil }
      return violation(
        shift, .skills, "works \(channel) \(hours) without the skill (skills: \(agent.skills.joined(separator: ", ")))")
    }
  }

  /// Rule `openHours`: work on a channel only while it is open (holidays closed), and idle time only
  /// while none of the agent's channels is open.
  func openHours(_ shift: Shift) -> [RosterViolation] {
    var result: [RosterViolation] = []
    for segment in shift.segments {
      let range = segment.start..<segment.end
      switch segment.activity {
      case .work:
        guard let channel = segment.channel.flatMap(plan.channel) else { continue }
        let closed = stretches(of: range) { interval in
          plan.calendar.isOpen(interval, channel.hours) ? nil : plan.holidays.contains(interval.date)
        }
        for (stretch, _) in closed {
          result.append(
            violation(
              shift, .openHours,
              "works \(channel.id) \(span(stretch, on: shift.date)) while \(channel.id) is closed "
                + "(\(closure(of: channel, at: stretch.lowerBound, shiftDate: shift.date)))"))
        }
      case .idle:
        let channels = skilledChannels(shift.agent)
        let busy = stretches(of: range) { interval in
          let open = channels.filter { plan.calendar.isOpen(interval, $0.hours) }.map(\.id)
          return open.isEmpty ? nil : open
        }
        for (stretch, open) in busy {
          result.append(
            violation(
              shift, .openHours,
              "is idle \(span(stretch, on: shift.date)) while \(open.joined(separator: ", ")) "
                + "\(open.count == 1 ? "is" : "are") open (the time should be work)"))
        }
      case .break:
        continue
      }
    }
    return result
  }

  /// Rule `closedDay`: no shift on a date when none of the agent's channels opens (a holiday, a closed day).
  func closedDay(_ shift: Shift) -> [RosterViolation] {
    let channels = skilledChannels(shift.agent)
    guard shift.agent != nil,
      !intervals(on: shift.date).contains(where: { interval in channels.contains { plan.calendar.isOpen(interval, $0.hours) } })
    else { return [] }
    let day = plan.holidays.contains(shift.date) ? "the holiday \(shift.date.text)" : shift.date.weekday.name
    let names = channels.isEmpty ? "no channel of the plan" : "none of \(channels.map(\.id).joined(separator: ", "))"
    return [
      violation(
        shift, .closedDay, "works \(span(shift.start..<shift.end, on: shift.date)) on \(day), when \(names) opens")
    ]
  }

  /// The plan's channels the agent is skilled for (none for an unknown agent).
  func skilledChannels(_ agent: Agent?) -> [Channel] {
    agent?.skills.compactMap { plan.channel($0) } ?? []
  }

  /// `opens 07:00`, `opens 2026-11-30 07:00`, `holiday 2026-12-04`: why a channel is closed at an instant.
  func closure(of channel: Channel, at instant: Date, shiftDate: LocalDate) -> String {
    let date = plan.calendar.localTime(for: instant).date
    if plan.holidays.contains(date), !channel.hours.opensOnHolidays { return "holiday \(date.text)" }
    let ahead = (date...date.adding(days: 7)).lazy.flatMap { intervals(on: $0) }
    guard let next = ahead.first(where: { $0.start > instant && plan.calendar.isOpen($0, channel.hours) }) else {
      return "it never opens"
    }
    let when = plan.calendar.text(for: next.start)
    return next.date == shiftDate ? "opens \(when.dropFirst(11))" : "opens \(next.date.text) \(when.dropFirst(11))"
  }
}
