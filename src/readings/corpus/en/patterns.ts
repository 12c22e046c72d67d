import type { Corpus } from "../types.ts";

/** What each detected aspect pattern means (English). */
export const PATTERNS: Corpus["patterns"] = {
  grand_trine: {
    short:
      "A grand trine links three parts of your chart in an easy, flowing circuit, giving you natural talents that support one another almost effortlessly.",
    long: "The abilities woven into this pattern can feel so natural that you hardly notice them, while others may see you as lucky or gifted. You can lean on this flow of support in difficult times. The catch is complacency, since gifts that meet no resistance can stay undeveloped. Setting yourself deliberate goals that stretch these talents turns easy potential into real accomplishment.",
  },
  t_square: {
    short:
      "A T-square ties two opposing forces to a third point under strain, creating pressure that can drive remarkable effort and achievement.",
    long: "You may feel a recurring push and pull in the areas this pattern touches, with the planet at the apex carrying much of the strain. That friction is also fuel, and many people become highly capable precisely because they keep working on the same problem. The pitfall is reacting in the same frustrated way each time. Noticing the cycle, and consciously developing the qualities of the missing fourth corner, brings welcome balance.",
  },
  grand_cross: {
    short:
      "A grand cross locks four parts of your chart in mutual tension, building great resilience alongside competing demands that pull in several directions.",
    long: "You may feel stretched between several priorities at once, each pressing against the others. This can be tiring, yet it also builds stamina, resourcefulness and a rare ability to handle complexity. The risk is feeling stuck or scattered, reacting to whichever pressure is loudest. Addressing demands one at a time, and looking for solutions that serve more than one of them, turns constant tension into strength.",
  },
  yod: {
    short:
      "A yod joins two bodies in easy contact that both reach awkwardly toward a third, often felt as a persistent sense of calling that asks for adjustment.",
    long: "The planet at the tip of this pattern can feel like an itch you cannot quite scratch, an area where you keep adapting and reworking your approach. Many people with this configuration sense that they are being drawn toward a particular role or task. The pitfall is restlessness, or a nagging feeling that nothing is quite right yet. Treating the adjustments as part of the work, rather than as signs of failure, helps you grow into that calling.",
  },
};
