import Foundation

/// The example plan.yaml of the original specification (keys in docs/reference.md): the fixture every plan test starts from.
let specPlanYAML = """
  name: Demo Bank
  timezone: America/Sao_Paulo     # IANA name
  interval: 15m
  week: 2026-11-30                # first day of the 7-day roster week
  shrinkage: 30%                  # share of paid time not available for contacts; a channel may override
  holidays: [2026-12-25]          # closed days
  channels:
    - id: voice
      kind: voice                 # voice | chat | email | messaging
      hours: { mon-fri: "08:00-20:00", sat: "09:00-13:00" }   # several ranges: "08:00-12:00,14:00-18:00";
                                                              # "22:00-06:00" crosses midnight; "24:00" is an end
      target: 80/20
      patience: 120s              # mean patience: Erlang A; absent: Erlang C
      max_occupancy: 85%
    - id: chat
      kind: chat
      concurrency: 3              # chats one agent carries at once
      hours: { mon-sun: "08:00-22:00" }
      target: 80/60
    - id: email
      kind: email                 # deferred work: answered within the target; arrives at any hour
      hours: { mon-fri: "08:00-18:00" }   # staffed hours
      target: 90%/24h
  shifts:
    start_every: 30m
    lengths: [4h, 6h, 8h]
    breaks:                       # placed by the optimiser; coverage counts agents on break as absent
      - { length: 15m, after: 2h }                                      # one 15-min break after 2 h of work
      - { length: 1h, window: [3h, 5h], for_shifts_from: 6h, paid: false }
  rules:
    min_rest: 11h
    max_consecutive_days: 6

  """

/// The fixture plan with `old` replaced by `new` (which must occur).
func specPlan(replacing old: String, with new: String) -> String {
  precondition(specPlanYAML.contains(old), "fixture has no \(old)")
  return specPlanYAML.replacingOccurrences(of: old, with: new)
}

/// A small agents.csv for the fixture plan's channels.
let agentsCSV = """
  id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour
  A001,Ana Cohen,voice,36,40,5,,15.00
  A002,"Friedman, Bruno",voice|chat,20h,30h,4,mon-fri 07:00-19:00; sat 08:00-14:00,16.50
  A003,Carla,email|chat|email,0,37.5,5,sun 22:00-06:00,12

  """
