// Names shared by every context and by the host's protocol v1 (docs/protocol.md).
(function (ST) {
  'use strict';
  ST.constants = Object.freeze({
    HOST_NAME: 'org.secondthought.host',
    PROTOCOL: 1,
    CATEGORIES: Object.freeze(['confidentiality', 'boundaries', 'anonymity', 'colleagues', 'conflicts', 'conduct', 'visibility']),
    CATEGORY_LABELS: Object.freeze({
      confidentiality: 'Patient confidentiality',
      boundaries: 'Professional boundaries',
      anonymity: 'Posting anonymously',
      colleagues: 'Respect for colleagues',
      conflicts: 'Conflicts of interest',
      conduct: 'Conduct and public trust',
      visibility: 'Who can see this',
    }),
    PROFILES: Object.freeze(['gmc', 'nmc', 'gphc', 'hcpc', 'gdc']),
    PROFILE_LABELS: Object.freeze({
      gmc: 'GMC (doctors)',
      nmc: 'NMC (nurses, midwives, nursing associates)',
      gphc: 'GPhC (pharmacists, pharmacy technicians)',
      hcpc: 'HCPC (allied health professionals)',
      gdc: 'GDC (dental professionals)',
    }),
    SENSITIVITIES: Object.freeze(['strict', 'balanced', 'relaxed']),
    HOLD_LEVELS: Object.freeze(['high', 'any', 'never']),
    SEVERITIES: Object.freeze(['low', 'medium', 'high']),
    SURFACES: Object.freeze(['post', 'reply', 'comment', 'message']),
    SESSION_PORT: 'secondthought-session',
  });
})(globalThis.SecondThought);
