// Measures addressed to new areas in general (all of them, or the "qualified" ones / those "with
// conditions"), each with a verbatim phrase from its text as evidence. Read from the plan by hand;
// linksForMeasure checks that each phrase really is in the measure.
//
// Left out on purpose: (2) "relevant new areas" of the five strategies; (6) new areas of the
// central, western and northeastern regions; (11) speaks only of two named events; (13) "relevant
// new districts" of the port group; (14) and (21) address named areas only.

export const everyEvidence: Readonly<Record<number, string>> = {
  1: 'support the tilt of regional technological innovation resources and platforms toward qualified new areas',
  3: "Consolidate and enhance the competitive advantages of new areas' industries worth hundreds of billions and leading industries",
  4: 'Support new areas in optimizing key industrial layouts',
  5: 'Study support for the layout and construction of future industry leading zones in qualified new areas',
  7: 'Support new areas to rely on their provinces (cities) to carry out industrial docking',
  8: 'New areas shall establish and improve a major project database',
  9: 'construction permits, and other procedures in new areas',
  10: 'jointly releasing new area investment opportunity lists',
  12: 'Support new districts with conditions to adapt locally',
  15: 'Encourage new districts to form delegations to participate in large international and domestic exhibitions',
  16: 'Relevant departments and provinces (cities) with conditions take the lead in conducting related reform pilot experiments in new districts',
  17: 'Grant greater reform autonomy to new districts',
  18: 'Encourage qualified new districts to explore introducing urgently needed high-level specialized talents',
  19: 'Guide new districts to formulate and implement special plans to improve land use efficiency',
  20: 'support major projects in new districts',
  22: 'promote new districts to play a greater role in serving major regional strategies',
  23: 'Support provinces (cities) with conditions where new districts are located to formulate and improve local regulations',
  24: 'Each new district should play a main role',
  25: 'Carry out high-quality statistical work for new districts',
};
