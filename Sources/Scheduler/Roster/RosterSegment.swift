import Forecast
import Foundation

/// One row of `roster.csv`: an agent working one channel, or on break, from `start` to `end`.
///
/// docs/reference.md: `roster.csv` has `agent_id,date,start,end,activity,channel`, one row per segment,
/// `activity` = `work`, `break` or `idle` (channel empty on breaks and idle time). `idle` is paid
/// time inside a shift when none of the agent's channels is open (a fixed shift length longer than
/// the open span): the agent is paid and at the workplace but takes no contacts. `date` is the local day the shift
/// starts on (a shift from 22:00 to 06:00 keeps its starting date on every segment); `start` and
/// `end` are local timestamps of the plan's time zone.
public struct RosterSegment: Sendable, Hashable, Codable {
  public enum Activity: String, Sendable, Hashable, Codable {
    case work
    case `break`
    case idle
  }

  public var agentID: String
  /// The local day the shift starts on.
  public var shiftDate: LocalDate
  public var start: Date
  public var end: Date
  public var activity: Activity
  /// The channel worked; nil on breaks and idle time.
  public var channel: String?

  public init(agentID: String, shiftDate: LocalDate, start: Date, end: Date, activity: Activity, channel: String?) {
    self.agentID = agentID
    self.shiftDate = shiftDate
    self.start = start
    self.end = end
    self.activity = activity
    self.channel = channel
  }
}
