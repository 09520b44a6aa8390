// The staff console at /console: server-rendered pages over the same StaffService as the JSON API.
// The session is the signed token in an HttpOnly, SameSite=Strict cookie; forms post back here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type restify from 'restify';
import { servedOverHttps } from '../../http/https';
import { ACTION_SCHEMAS, isActionName, MergeSchema, RestrictionSchema, type ActionInput } from '../../lifecycle/actionSchemas';
import { caseDetail } from '../../staff/views/caseDetail';
import { FiguresQuerySchema } from '../../staff/views/figures';
import { authorise } from '../../staff/access/guard';
import { isLetterKind, LETTER_TITLES, letterData, lettersFor } from '../../staff/views/letters';
import { QueueQuerySchema } from '../../staff/views/queue';
import { ADMIN_ROLES, CASEWORK_ROLES, hasAnyRole, MERGE_ROLES, REPORT_ROLES, RESTRICTION_ROLES, RoleSchema, STAFF_ROLES, type Principal, type Role } from '../../staff/access/roles';
import { profileSummary } from '../../staff/views/profileSummary';
import { loadAnnualReport, reportFigures } from '../../staff/views/reportFigures';
import { AnnualReportQuerySchema } from '../../staff/views/annualReport';
import { selfAssessment } from '../../staff/views/selfAssessment';
import type { StaffServices } from '../../staff/service/staffServices';
import { DEFAULT_PROFILE_ID, getProfile, knownProfiles } from '../../triage/profiles';
import type { PolicyProfile } from '../../triage/profileSchema';
import { londonDate } from '../../triage/workingDays';
import { auditLine } from './auditLine';
import { barChart } from './barChart';
import { caseForms } from './caseForms';
import { contactFormBody } from './contactFormBody';
import { remedyFormBody } from './remedyFormBody';
import { editableContact } from '../../lifecycle/contactUpdated';
import { formFields, sameOrigin, sendPage, signedIn as signedInAs, type ConsoleDeps } from './consoleGate';
import { oidcSignInAvailable, registerOidcSignIn } from './oidcSignIn';
import { registerHazardConsole } from './hazardConsoleRoutes';
import { sendQueuePage } from './queuePage';
import { assignmentForm } from './assignmentForm';
import { noteBody, noteForm } from './noteForm';
import { UPLOAD_PATHS } from '../../staff/attachments/uploadPaths';
import { receivedFile } from '../../staff/attachments/receivedFile';
import { AttachmentRemovalSchema } from '../../staff/attachments/removalSchema';
import { ALLOWED_FILE_TYPES, ALLOWED_IN_WORDS } from '../../staff/attachments/fileType';
import { inMegabytes } from '../../staff/attachments/uploadCheck';
import { CaseNoteSchema } from '../../staff/service/caseNoteSchema';
import { hazardPageView } from './hazardPageView';
import { AssignmentSchema } from '../../staff/service/assignmentSchema';
import { calendarFor } from '../../triage/calendarFor';
import { registerFindConsole } from './findConsoleRoutes';
import { redirect, setSession } from './session';
import { registerWorkListConsole } from './workListConsoleRoutes';
import { registerLogCaseConsole } from './logCaseConsoleRoutes';
import type { CaseLoggingDeps } from '../../staff/service/caseLogging';
import { refusalStatus } from '../../staff/http/refusal';
import { whyNotByEmail } from '../../staff/letters/byEmail';
import { NOT_CONFIGURED } from '../../staff/letters/letterSending';
import { renderedLetter } from './renderedLetter';

const CSS = readFileSync(join(__dirname, 'console.css'), 'utf8');

/** The reports pages' profile: the one asked for when it is known, else the default (a page, unlike the API, never refuses). */
const profileOrDefault = (id: string | undefined): PolicyProfile => getProfile(id ?? DEFAULT_PROFILE_ID) ?? (getProfile(DEFAULT_PROFILE_ID) as PolicyProfile);

/** A form's fields as the action's JSON body: empty fields are absent, numbers and ticks typed. */
function actionBody(fields: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v.trim() === '') continue;
    body[k] = ['version', 'stage', 'action'].includes(k) ? Number(v) : k === 'residentAgreed' ? v === 'true' : v;
  }
  return body;
}

/** Every console page: sign-in, queue, case, reports, profiles, hazard clocks and work lists. */
export function registerConsole(server: restify.Server, context: ConsoleDeps & CaseLoggingDeps, staff: StaffServices): void {
  const { cases: service, hazards } = staff;
  const { staffAuth } = context;
  const now = () => context.now();
  const page = sendPage;
  const signedIn = (req: restify.Request, res: restify.Response, roles: readonly Role[]) => signedInAs(context, req, res, roles);

  server.get('/console/console.css', async (_req, res) => {
    res.sendRaw(200, CSS, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  server.get('/console', async (req, res) => {
    const result = await authorise(context, req, REPORT_ROLES);
    if (!('principal' in result)) return redirect(res, '/console/sign-in');
    redirect(res, result.principal.roles.some((r) => CASEWORK_ROLES.includes(r)) ? '/console/queue' : '/console/reports');
  });

  const signInPage = (res: restify.Response, status: number, error?: string) =>
    page(res, status, 'sign-in', {
      title: 'Sign in',
      devSignIn: staffAuth.signDevToken !== undefined,
      providerSignIn: oidcSignInAvailable(context),
      roles: STAFF_ROLES,
      error,
    });
  registerOidcSignIn(server, context, signInPage);

  server.get('/console/sign-in', async (_req, res) => signInPage(res, 200));

  server.post('/console/sign-in', async (req, res) => {
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return signInPage(res, 403, 'This form must be sent from the console itself.');
    const fields = formFields(req.body);
    let token = fields.token?.trim();
    if (!token) {
      const role = RoleSchema.safeParse(fields.role);
      const name = fields.name?.trim();
      if (!staffAuth.signDevToken) return signInPage(res, 400, 'Development sign-in is switched off here: paste a token from your identity provider.');
      if (!role.success || !name) return signInPage(res, 400, 'Enter your name and choose a role.');
      token = await staffAuth.signDevToken(role.data, name.slice(0, 100));
    }
    if (!(await staffAuth.verify(token))) return signInPage(res, 401, 'That token is not valid for this console (expired, or from another issuer or audience).');
    setSession(res, token, servedOverHttps(context.config, req));
    redirect(res, '/console');
  });

  server.post('/console/sign-out', async (req, res) => {
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return signInPage(res, 403, 'This form must be sent from the console itself.');
    setSession(res, null, servedOverHttps(context.config, req));
    redirect(res, '/console/sign-in');
  });

  server.get('/console/queue', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    const parsed = QueueQuerySchema.safeParse(req.query ?? {});
    await sendQueuePage(res, staff, principal, parsed.success ? parsed.data : QueueQuerySchema.parse({}), now());
  });

  async function casePage(req: restify.Request, res: restify.Response, principal: Principal, status: number, extra: { error?: string; done?: string }) {
    const reference = String(req.params.reference);
    const loaded = await service.find(principal, reference);
    if (!loaded) {
      return page(res, 404, 'error', { title: 'Not found', section: 'queue', principal, heading: 'Case not found', message: `No case you can see has the reference ${reference}.`, back: '/console/queue', backLabel: 'Back to the queue' });
    }
    const at = now();
    const [history, officers, sent] = await Promise.all([service.history(loaded), staff.assignments.officers(principal), staff.letters.sentFor(loaded)]);
    const detail = caseDetail(loaded, history, at);
    page(res, status, 'case', {
      title: `Case ${reference}`,
      section: 'queue',
      principal,
      c: detail,
      forms: caseForms(loaded.state, londonDate(at), editableContact(loaded.row.caseData), loaded.profile.rootCauses.codes),
      // Each letter with why it cannot be emailed, if it cannot: the page shows that instead of the button.
      letters: detail.letters.map((kind) => ({
        kind,
        title: LETTER_TITLES[kind],
        notByEmail: staff.letters.mailer ? whyNotByEmail(kind, loaded.row.reference, loaded.row.caseData) : NOT_CONFIGURED,
        emailed: sent.filter((s) => s.kind === kind).map((s) => ({ at: (s.finishedAt ?? s.startedAt).toISOString(), by: s.actorName, to: s.sentTo })),
      })),
      audit: detail.audit.map(auditLine),
      // Its clocks as the hazard page shows them; steps are recorded there, so no forms here.
      hazardClocks: hazardPageView(detail.hazardClocks.map((view) => ({ view, calendar: calendarFor(loaded.profile), open: [] })), at),
      assignment: assignmentForm(detail.assignee, officers),
      noteForm: noteForm(londonDate(at)),
      // templates/console/partials/merge.hbs: an open case, not itself merged, for those who may merge.
      mergeForm: hasAnyRole(principal, MERGE_ROLES) && loaded.state.phase !== 'closed',
      attachmentForm: { allowed: ALLOWED_IN_WORDS, maxSize: inMegabytes(staff.attachments.maxBytes), accept: ALLOWED_FILE_TYPES.map((t) => `.${t.extension}`).join(',') },
      // templates/console/partials/restrict.hbs: only for those who may change access.
      restriction: hasAnyRole(principal, RESTRICTION_ROLES) ? { locked: loaded.row.restricted && loaded.row.caseData.signals.staffConduct } : undefined,
      ...extra,
    });
  }

  server.get('/console/cases/:reference', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    const done =
      typeof req.query?.done === 'string' && (isActionName(req.query.done) || ['restriction', 'assignment', 'notes', 'attachments', 'file-removed', 'merge', 'logged', 'letter-emailed'].includes(req.query.done)) ? req.query.done : undefined;
    if (principal) await casePage(req, res, principal, 200, { done });
  });

  server.post('/console/cases/:reference/restriction', async (req, res) => {
    const principal = await signedIn(req, res, RESTRICTION_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const fields = formFields(req.body);
    const parsed = RestrictionSchema.safeParse({ ...actionBody(fields), restricted: fields.restricted === 'true' });
    if (!parsed.success) return casePage(req, res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const reference = String(req.params.reference);
    const outcome = await service.restrict(principal, reference, parsed.data);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=restriction`);
  });

  server.post('/console/cases/:reference/assignment', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const fields = formFields(req.body);
    // The form offers the officers the console knows; the name shown is theirs, never typed.
    const chosen = (fields.assignee ?? '').trim();
    const officer = chosen ? (await staff.assignments.officers(principal)).find((o) => o.subject === chosen) : null;
    if (officer === undefined) return casePage(req, res, principal, 400, { error: 'Choose an officer from the list, or nobody.' });
    const parsed = AssignmentSchema.safeParse({ version: Number(fields.version), assignee: officer });
    if (!parsed.success) return casePage(req, res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const reference = String(req.params.reference);
    const outcome = await staff.assignments.assign(principal, reference, parsed.data);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=assignment`);
  });

  server.post('/console/cases/:reference/notes', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const parsed = CaseNoteSchema.safeParse(noteBody(formFields(req.body)));
    if (!parsed.success) return casePage(req, res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const reference = String(req.params.reference);
    const outcome = await service.addNote(principal, reference, parsed.data);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=notes`);
  });

  server.post('/console/cases/:reference/letters/:kind/send', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const kind = String(req.params.kind);
    if (!isLetterKind(kind)) return casePage(req, res, principal, 404, { error: `There is no letter "${kind}".` });
    const outcome = await staff.letters.send(principal, String(req.params.reference), kind, (loaded) => renderedLetter(kind, loaded, now()));
    if (outcome.ok) return redirect(res, `/console/cases/${encodeURIComponent(String(req.params.reference))}?done=letter-emailed`);
    if ('refusal' in outcome) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    casePage(req, res, principal, outcome.unavailable === 'not_configured' ? 503 : 502, { error: outcome.message });
  });

  server.post('/console/cases/:reference/attachments/:id/remove', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const parsed = AttachmentRemovalSchema.safeParse(formFields(req.body));
    if (!parsed.success) return casePage(req, res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const reference = String(req.params.reference);
    const id = String(req.params.id);
    if (!/^\d{1,15}$/.test(id)) return casePage(req, res, principal, 404, { error: `There is no file "${id}".` });
    const outcome = await staff.attachments.remove(principal, reference, Number(id), parsed.data.reason);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=file-removed`);
  });

  server.post('/console/cases/:reference/merge', async (req, res) => {
    const principal = await signedIn(req, res, MERGE_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const fields = formFields(req.body);
    const parsed = MergeSchema.safeParse({
      version: Number(fields.version),
      into: fields.into,
      ...(fields.reason?.trim() ? { reason: fields.reason } : {}),
      confirmDifferentResident: fields.confirmDifferentResident === 'true',
    });
    if (!parsed.success) return casePage(req, res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    const reference = String(req.params.reference);
    const outcome = await service.merge(principal, reference, parsed.data);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=merge`);
  });

  // The upload form posts multipart/form-data, read by receivedFile up to ATTACHMENT_MAX_BYTES (the body parser passes it by).
  server.post(UPLOAD_PATHS.console, async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    const file = await receivedFile(req, staff.attachments.maxBytes);
    if (!file.ok) {
      if ('aborted' in file) return;
      if ('badRequest' in file) return casePage(req, res, principal, 400, { error: file.badRequest });
      return casePage(req, res, principal, refusalStatus(file.refusal), { error: file.refusal.message });
    }
    const reference = String(req.params.reference);
    const outcome = await staff.attachments.upload(principal, reference, file);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=attachments`);
  });

  server.post('/console/cases/:reference/:action', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    const action = String(req.params.action);
    if (!sameOrigin(req, context.config.PUBLIC_BASE_URL)) return casePage(req, res, principal, 403, { error: 'This form must be sent from the console itself.' });
    if (!isActionName(action)) return casePage(req, res, principal, 404, { error: `There is no action "${action}".` });
    const fields = formFields(req.body);
    const body =
      action === 'update-contact' ? contactFormBody(fields) : action === 'respond' || action === 'close' ? remedyFormBody(fields, actionBody(fields)) : actionBody(fields);
    const parsed = ACTION_SCHEMAS[action].safeParse(body);
    if (!parsed.success) {
      return casePage(req, res, principal, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
    }
    const reference = String(req.params.reference);
    const outcome = await service.act(principal, reference, { action, body: parsed.data } as ActionInput);
    if (!outcome.ok) return casePage(req, res, principal, refusalStatus(outcome.refusal), { error: outcome.refusal.message });
    redirect(res, `/console/cases/${encodeURIComponent(reference)}?done=${action}`);
  });

  server.get('/console/cases/:reference/letters/:kind', async (req, res) => {
    const principal = await signedIn(req, res, CASEWORK_ROLES);
    if (!principal) return;
    const loaded = await service.find(principal, String(req.params.reference));
    const kind = String(req.params.kind);
    if (!loaded || !isLetterKind(kind) || !lettersFor(loaded).includes(kind)) {
      return page(res, 404, 'error', { title: 'Not found', section: 'queue', principal, heading: 'Letter not found', message: 'This case has no such letter.', back: '/console/queue', backLabel: 'Back to the queue' });
    }
    const letter = letterData(kind, loaded, now());
    page(res, 200, 'letter', { ...letter, preview: true }, letter.language);
  });

  server.get('/console/profiles', async (req, res) => {
    const principal = await signedIn(req, res, ADMIN_ROLES);
    if (principal) page(res, 200, 'profiles', { title: 'Policy profiles', section: 'profiles', principal, profiles: knownProfiles().map((p) => profileSummary(p, context.config.BOT_PROFILE)) });
  });

  server.get('/console/reports', async (req, res) => {
    const principal = await signedIn(req, res, REPORT_ROLES);
    if (!principal) return;
    const parsed = FiguresQuerySchema.safeParse(req.query ?? {});
    const query = parsed.success ? parsed.data : FiguresQuerySchema.parse({});
    const profile = profileOrDefault(query.profile);
    const f = await reportFigures(service, hazards, profile, query, now());
    const charts = [
      ['category', 'Contacts by category', f.byCategory],
      ['channel', 'Contacts by channel', f.byChannel],
      ['service-area', 'Contacts by service area', f.byServiceArea],
      ['theme', 'Contacts by theme', f.byTheme],
      ['refusals', 'Not accepted, by reason (Code 8.1)', f.refusalsByReason],
      ['outcomes-1', 'Stage 1 outcomes', f.outcomes.stage1],
      ['outcomes-2', 'Stage 2 outcomes', f.outcomes.stage2],
      ['ombudsman', 'Ombudsman determinations (Code 8.1)', f.ombudsmanDeterminations],
    ].map(([id, title, counts]) => barChart(id as string, title as string, counts as Record<string, number>));
    const params = new URLSearchParams({ profile: profile.id, from: f.period.from, to: f.period.to });
    page(res, 200, 'reports', {
      title: 'Reports',
      section: 'reports',
      principal,
      f,
      charts,
      csvHref: `/api/staff/figures.csv?${params}`,
      profiles: knownProfiles().map((p) => ({ id: p.id, name: p.name, selected: p.id === profile.id })),
    });
  });

  server.get('/console/reports/annual', async (req, res) => {
    const principal = await signedIn(req, res, REPORT_ROLES);
    if (!principal) return;
    const parsed = AnnualReportQuerySchema.safeParse(req.query ?? {});
    const query = parsed.success ? parsed.data : AnnualReportQuerySchema.parse({});
    const profile = profileOrDefault(query.profile);
    const report = await loadAnnualReport(service, hazards, profile, query.year, now());
    const params = new URLSearchParams({ profile: profile.id, year: report.period.from.slice(0, 4) });
    page(res, 200, 'annual-report', {
      title: report.title,
      section: 'reports',
      principal,
      report,
      year: report.period.from.slice(0, 4),
      csvHref: `/api/staff/reports/annual.csv?${params}`,
      pdfHref: `/api/staff/reports/annual.pdf?${params}`,
      profiles: knownProfiles().map((p) => ({ id: p.id, name: p.name, selected: p.id === profile.id })),
    });
  });

  server.get('/console/self-assessment', async (req, res) => {
    const principal = await signedIn(req, res, REPORT_ROLES);
    if (!principal) return;
    const parsed = AnnualReportQuerySchema.safeParse(req.query ?? {});
    const profile = profileOrDefault(parsed.success ? parsed.data.profile : undefined);
    page(res, 200, 'self-assessment', {
      title: 'Self-assessment against the Code',
      section: 'reports',
      principal,
      profile: { id: profile.id, name: profile.name },
      clauses: selfAssessment(profile),
      profiles: knownProfiles().map((p) => ({ id: p.id, name: p.name, selected: p.id === profile.id })),
    });
  });

  registerFindConsole(server, context, staff);
  registerLogCaseConsole(server, context, staff);
  registerHazardConsole(server, context, hazards);
  registerWorkListConsole(server, context, staff.workLists);
}
