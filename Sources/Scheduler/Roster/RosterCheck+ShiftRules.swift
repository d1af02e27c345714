import Forecast
import Foundation

extension RosterCheck {
  /// Rule `oneShiftPerDay`: a date's segments tile one shift, with no gap (a second shift) or overlap.
  func oneShiftPerDay(_ shift: Shift) -> [RosterViolation] {
    var result: [RosterViolation] = []
    var reach = shift.start
    for segment in shift.segments {
      if segment.start > reach {
        result.append(
          violation(
            shift, .oneShiftPerDay,
            "has a gap \(span(reach..<segment.start, on: shift.date)) between segments of its shift "
              + "(two shifts on one date, or a segment missing)"))
      } else if segment.start < reach {
        result.append(
          violation(
            shift, .oneShiftPerDay,
            "has overlapping segments \(span(segment.start..<min(reach, segment.end), on: shift.date)) "
              + "(\(segment.activity.rawValue)\(segment.channel.map { " \($0)" } ?? "") over another)"))
      }
      reach = max(reach, segment.end)
    }
    return result
  }

  /// Rule `week`: the shift's date is one of the roster week's 7 days.
  func week(_ shift: Shift) -> [RosterViolation] {
    let days = plan.calendar.weekDays
    guard !days.contains(shift.date) else { return [] }
    return [
      violation(
        shift, .week,
        "has a shift \(span(shift.start..<shift.end, on: shift.date)) dated outside the roster week "
          + "\(days.lowerBound.text) to \(days.upperBound.adding(days: -1).text)")
    ]
  }

  /// Rule `shiftLength`: one of `shifts.lengths` in real time, not before `earliest_start` nor
  /// after `latest_end` on the wall clock of the shift's date.
  func shiftLength(_ shift: Shift) -> [RosterViolation] {
    guard let policy = plan.shifts else { return [] }
    var result: [RosterViolation] = []
    let hours = span(shift.start..<shift.end, on: shift.date)
    if !policy.lengths.contains(where: { Self.seconds($0) == shift.seconds }) {
      result.append(
        violation(
          shift, .shiftLength,
          "works a \(Self.text(seconds: shift.seconds)) shift \(hours); the plan's lengths are "
            + policy.lengths.map(\.unitText).joined(separator: ", ")))
    }
    let midnight = LocalDateTime(date: shift.date, hour: 0, minute: 0).localSecondsSinceEpoch
    if let earliest = policy.earliestStart,
      plan.calendar.localTime(for: shift.start).localSecondsSinceEpoch < midnight + earliest.minutes * 60
    {
      result.append(
        violation(shift, .shiftLength, "starts \(clock(shift.start, on: shift.date)), before the earliest start \(earliest.text)"))
    }
    if let latest = policy.latestEnd,
      plan.calendar.localTime(for: shift.end).localSecondsSinceEpoch > midnight + latest.minutes * 60
    {
      result.append(
        violation(shift, .shiftLength, "ends \(clock(shift.end, on: shift.date)), after the latest end \(latest.text)"))
    }
    return result
  }

  /// Rule `startGrid`: the start is a multiple of `start_every` in real time from its date's local
  /// midnight (and on its date at all).
  func startGrid(_ shift: Shift) -> [RosterViolation] {
    let bounds = plan.calendar.resolver.dayBounds(shift.date)
    let offset = Int(shift.start.timeIntervalSince1970.rounded()) - bounds.lowerBound
    guard bounds.contains(offset + bounds.lowerBound) else {
      return [
        violation(
          shift, .startGrid,
          "starts \(plan.calendar.text(for: shift.start)), not on its date (a shift's date is the day it starts on)")
      ]
    }
    guard let policy = plan.shifts else { return [] }
    let every = Self.seconds(policy.startEvery)
    guard every > 0, offset % every != 0 else { return [] }
    return [
      violation(
        shift, .startGrid,
        "starts \(clock(shift.start, on: shift.date)), \(Self.text(seconds: offset)) after midnight, "
          + "off the \(policy.startEvery.unitText) start grid")
    ]
  }
}
