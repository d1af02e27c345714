import Forecast
import Foundation
import Scheduler

/// Makes a plausible roster from requirements, for tests: greedy shifts of up to 8 hours on each
/// channel, each with a 15-minute break two hours in, until every interval has its requirement
/// (rounded up, times `slack`).
///
/// Not the scheduler: no costs, rules or agents.csv, only roster.csv's shape (docs/reference.md), so validation can
/// be tested on realistic rosters before the GLPK roster exists.
enum RosterGenerator {
  static func roster(
    requirements: [Requirement], calendar: PlanningCalendar, slack: Double = 1.1, prefix: String = "G"
  ) -> [RosterSegment] {
    let intervals = calendar.weekIntervals()
    let position = Dictionary(uniqueKeysWithValues: intervals.enumerated().map { ($1.start, $0) })
    var segments: [RosterSegment] = []
    var agent = 0
    let byChannel = Dictionary(grouping: requirements, by: \.channel)
    for channel in byChannel.keys.sorted() {
      var need = [Int](repeating: 0, count: intervals.count)
      for requirement in byChannel[channel]! {
        if let index = position[requirement.start] { need[index] = Int((requirement.agents * slack).rounded(.up)) }
      }
      var cover = [Int](repeating: 0, count: intervals.count)
      for index in intervals.indices where cover[index] < need[index] {
        for _ in 0..<(need[index] - cover[index]) {
          agent += 1
          let id = "\(prefix)\(agent)"
          var end = index
          while end < intervals.count, end - index < 32, need[end] > 0 { end += 1 }
          end = min(intervals.count, max(end, index + 16))
          let pause = index + 8
          func segment(_ from: Int, _ to: Int, _ activity: RosterSegment.Activity) -> RosterSegment {
            RosterSegment(
              agentID: id, shiftDate: intervals[index].date, start: intervals[from].start, end: intervals[to - 1].end,
              activity: activity, channel: activity == .work ? channel : nil)
          }
          if pause + 1 < end {
            segments += [segment(index, pause, .work), segment(pause, pause + 1, .break), segment(pause + 1, end, .work)]
          } else {
            segments.append(segment(index, end, .work))
          }
          for covered in index..<end where covered != pause || pause + 1 >= end { cover[covered] += 1 }
        }
      }
    }
    return segments
  }
}
