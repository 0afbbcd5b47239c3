import type { SeededRandom } from './seed.random.ts';
import type { DepartmentSpec } from './seed.structure.ts';

/** A post to fill in a department: its position (职务), whether it heads it, roles it carries. */
export interface Slot {
  position: string;
  head: boolean;
  roles: string[];
  /** Probability that whoever fills it is a woman. */
  female: number;
}

const slot = (position: string, female: number, extra: Partial<Slot> = {}): Slot => ({
  position,
  head: false,
  roles: [],
  female,
  ...extra,
});

/** Splits `count` posts by shares, the last share taking the remainder. */
function spread(
  count: number,
  shares: [position: string, share: number, female: number][],
): Slot[] {
  const slots: Slot[] = [];
  shares.forEach(([position, share, female], index) => {
    const n = index === shares.length - 1 ? count - slots.length : Math.round(count * share);
    for (let i = 0; i < n && slots.length < count; i++) slots.push(slot(position, female));
  });
  return slots;
}

function headPosition(spec: DepartmentSpec): string {
  if (spec.mix === 'admin' || spec.mix === 'logistics')
    return spec.name.endsWith('科') ? '科长' : '主任';
  return '主任';
}

/** The posts of a department, head first, in the order people are numbered. */
export function slotsOf(spec: DepartmentSpec, random: SeededRandom): Slot[] {
  if (spec.mix === 'none' || spec.mix === 'leaders') return [];
  const head = slot(headPosition(spec), spec.mix === 'nursing' ? 0.9 : 0.35, {
    head: true,
    roles: ['department_director'],
  });
  const deputyTitle = head.position === '科长' ? '副科长' : '副主任';
  const deputies = spec.size >= 30 && spec.mix === 'clinical' ? 2 : spec.size >= 10 ? 1 : 0;
  const top = [head, ...Array.from({ length: deputies }, () => slot(deputyTitle, 0.4))];
  if (spec.mix === 'clinical') top.push(slot('护士长', 0.95, { roles: ['head_nurse'] }));
  const rest = spec.size - top.length;
  switch (spec.mix) {
    case 'clinical': {
      const doctors = Math.round(rest * (0.38 + random.next() * 0.08));
      return [
        ...top,
        ...spread(doctors, [
          ['主任医师', 0.1, 0.35],
          ['副主任医师', 0.2, 0.4],
          ['主治医师', 0.35, 0.45],
          ['住院医师', 1, 0.5],
        ]),
        ...spread(rest - doctors, [
          ['主管护师', 0.3, 0.93],
          ['护师', 0.35, 0.92],
          ['护士', 1, 0.9],
        ]),
      ];
    }
    case 'medtech':
      return [
        ...top,
        ...spread(rest, [
          ['副主任医师', 0.1, 0.45],
          ['主治医师', 0.1, 0.5],
          ['主管技师', 0.35, 0.5],
          ['技师', 1, 0.55],
        ]),
      ];
    case 'pharmacy':
      return [
        ...top,
        ...spread(rest, [
          ['科员', 0.1, 0.6],
          ['药师', 1, 0.65],
        ]),
      ];
    case 'nursing':
      return [
        ...top,
        ...spread(rest, [
          ['主任护师', 0.25, 0.95],
          ['副主任护师', 0.25, 0.95],
          ['科员', 1, 0.8],
        ]),
      ];
    case 'admin': {
      const specialist = spec.code === 'A05' ? '会计' : spec.code === 'A06' ? '工程师' : null;
      return [
        ...top,
        ...spread(
          rest,
          specialist
            ? [
                [specialist, 0.6, 0.5],
                ['科员', 1, 0.55],
              ]
            : [['科员', 1, 0.55]],
        ),
      ];
    }
    case 'logistics': {
      const technical = spec.code === 'L02' || spec.code === 'L05';
      return [
        ...top,
        ...spread(
          rest,
          technical
            ? [
                ['工程师', 0.5, 0.2],
                ['科员', 1, 0.45],
              ]
            : [
                ['工勤人员', 0.7, 0.3],
                ['科员', 1, 0.5],
              ],
        ),
      ];
    }
  }
}
