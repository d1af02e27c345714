import Foundation
import Scheduler

@testable import staffplan

/// A hand-made output folder: 2 channels, 3 agents, a few hourly intervals around Lisbon's spring
/// change (2026-03-29), with names that need escaping.
enum ReportFixture {
  static let planName = "Tom & Jerry <Support> \"24/7\""

  static let planYAML = """
    name: 'Tom & Jerry <Support> "24/7"'
    timezone: Europe/Lisbon
    interval: 1h
    week: 2026-03-23
    shrinkage: 30%
    holidays: [2026-03-27]
    channels:
      - id: voice
        kind: voice
        hours: { mon-sun: "08:00-12:00" }
        target: 80/20
      - id: chat
        kind: chat
        concurrency: 2
        hours: { mon-sun: "08:00-12:00" }
        target: 80/60
    """

  static func plan() throws -> Plan { try PlanReader.read(yaml: planYAML) }

  static let agents = [
    Agent(
      id: "A1", name: "Zoë <b>O'Brien</b> & Co", skills: ["voice", "chat"], minHours: .seconds(0),
      maxHours: .seconds(40 * 3600), maxDays: 5, availability: nil, costPerHour: 15),
    Agent(
      id: "A2", name: "Smith, John; \\ Jr", skills: ["voice"], minHours: .seconds(0),
      maxHours: .seconds(40 * 3600), maxDays: 5, availability: nil, costPerHour: 15),
    Agent(
      id: "A3", name: "Ana", skills: ["chat"], minHours: .seconds(0), maxHours: .seconds(40 * 3600), maxDays: 5,
      availability: nil, costPerHour: 15),
  ]

  static let files: [String: String] = [
    "forecast.csv": """
      channel,interval_start,volume,aht_seconds,volume_low,volume_high,method
      voice,2026-03-23T08:00,30,180,25,35,SeasonalNaive
      voice,2026-03-23T09:00,40,180,33,47,SeasonalNaive
      voice,2026-03-23T10:00,50,180,42,58,SeasonalNaive
      voice,2026-03-23T11:00,20,180,15,25,SeasonalNaive
      chat,2026-03-23T08:00,10,400,7,13,SeasonalNaive
      chat,2026-03-23T09:00,20,400,15,25,SeasonalNaive

      """,
    "coverage.csv": """
      channel,interval_start,required,scheduled,unmet,service_level
      voice,2026-03-23T08:00,3,3,0,0.85
      voice,2026-03-23T09:00,4,3,1,0.71
      voice,2026-03-23T10:00,5,4,1,0.78
      voice,2026-03-23T11:00,2,2,0,0.9
      chat,2026-03-23T08:00,1,1,0,0.95
      chat,2026-03-23T09:00,2,1,1,0.6

      """,
    "roster.csv": """
      agent_id,date,start,end,activity,channel
      A1,2026-03-23,2026-03-23T08:00,2026-03-23T10:00,work,voice
      A1,2026-03-23,2026-03-23T10:00,2026-03-23T10:15,break,
      A1,2026-03-23,2026-03-23T10:15,2026-03-23T12:00,work,chat
      A2,2026-03-23,2026-03-23T08:00,2026-03-23T12:00,work,voice
      A3,2026-03-23,2026-03-23T08:00,2026-03-23T10:00,work,chat
      A1,2026-03-29,2026-03-29T08:00,2026-03-29T12:00,work,voice

      """,
    "schedule.json": """
      {"status": "optimal", "objective": 1234.5, "lowerBound": 1200, "gap": 0.0279, "seconds": 12.34,
       "paidHours": 1587.25, "cost": 24508.5, "unmetAgentHours": {"voice": 2, "chat": 1},
       "channels": [
         {"channel": "voice", "serviceLevel": 0.8123, "target": "80/20", "kept": true},
         {"channel": "chat", "serviceLevel": 0.75, "target": "80/60", "kept": false, "toKeepAgentHours": 6.5,
          "toKeepWhere": ["mon 11:00-13:00 4.0 h", "tue 11:00-12:00 2.5 h"]}]}
      """,
    "validation.json": """
      {"channels": [
        {"channel": "voice", "serviceLevel": 0.8123, "target": "80/20", "kept": true, "strongestKept": "80/25",
         "simulatedServiceLevel": 0.805, "probabilityKept": 0.62},
        {"channel": "chat", "serviceLevel": 0.75, "target": "80/60", "kept": false, "strongestKept": "80/120",
         "simulatedServiceLevel": 0.74, "probabilityKept": 0.1}
      ]}
      """,
    "validation.csv": """
      channel,interval_start,volume,aht_seconds,agents,service_level,asa,abandonment
      voice,2026-03-23T08:00,30,180,3,0.85,12,
      voice,2026-03-23T09:00,40,180,3,0.71,25,
      chat,2026-03-23T08:00,10,400,1,0.95,5,

      """,
    "history.csv": """
      timestamp,channel,volume,aht_seconds
      2026-03-16T08:00,voice,28,175
      2026-03-16T09:00,voice,41,180
      2026-03-16T08:00,chat,9,390

      """,
  ]

  /// A new folder holding the fixture files (all, or all but `leaving`).
  static func folder(leaving: Set<String> = []) throws -> URL {
    let folder = try Fixture.folder()
    for (name, text) in files where !leaving.contains(name) {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }
}
