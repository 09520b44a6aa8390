import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
import { CATEGORIES, type Category } from '../triage/vocabulary';
import { extractDates, olderThan12Months } from './embedded/dates';
import { redact } from './embedded/redact';
import { separateContent } from './embedded/content';
import { understandOffline, type UnderstandOptions } from './offline';
import type { MentionedDate, Understanding } from './understandingSchema';

// Azure AI Language, when an endpoint and key are configured: sentiment with opinion mining, PII
// redaction, language detection, DateTime entities, and custom single-label classification when
// a project and deployment are set. Policy signals and hazards always come from our own rules
// and dates are always resolved locally (the GA service returns no resolutions), so a decision
// never depends on which path ran. Any error or timeout falls back to the embedded result.

export interface AzureLanguageOptions {
  endpoint: string;
  key: string;
  classificationProject?: string;
  classificationDeployment?: string;
  /** Whole-call budget; past it the embedded result is returned. Default 5000 ms. */
  timeoutMs?: number;
  /** SDK retries before giving up (the SDK's default is 3). Tests set 0 to keep failures fast. */
  maxRetries?: number;
}

/** The part of a pino logger we use. */
export interface UnderstandingLogger {
  warn(details: object, message: string): void;
}

const DEFAULT_TIMEOUT_MS = 5000;

// Plain http is accepted only for a server on this machine (the loopback test double); anything
// else keeps the SDK's refusal to send the key in clear text.
function isLoopback(endpoint: string): boolean {
  const { hostname } = new URL(endpoint);
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

interface AzureFindings {
  language?: Understanding['language'];
  sentiment?: Understanding['sentiment'];
  redactedText?: string;
  dateTexts: string[];
  classification?: { category: Category; confidence: number };
}

export class AzureUnderstanding {
  private readonly client: TextAnalysisClient;

  constructor(
    private readonly options: AzureLanguageOptions,
    private readonly logger?: UnderstandingLogger,
  ) {
    this.client = new TextAnalysisClient(options.endpoint, new AzureKeyCredential(options.key), {
      defaultCountryHint: 'gb',
      allowInsecureConnection: isLoopback(options.endpoint),
      ...(options.maxRetries === undefined ? {} : { retryOptions: { maxRetries: options.maxRetries } }),
    });
  }

  /** Never throws: on any failure the embedded understanding is returned and the failure logged, redacted. */
  async understand(text: string, opts: UnderstandOptions): Promise<Understanding> {
    const offline = understandOffline(text, opts);
    if (text.trim() === '') return offline;
    const abort = new AbortController();
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new Error(`Azure AI Language did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      const findings = await Promise.race([this.analyse(text, separateContent(text).weighed, abort.signal), timeout]);
      return this.merge(text, opts, offline, findings);
    } catch (error) {
      abort.abort();
      this.logger?.warn(
        { err: redact(error instanceof Error ? error.message : String(error), opts.knownPii), redactedText: offline.redactedText },
        'Azure AI Language failed; using the embedded understanding',
      );
      return offline;
    } finally {
      clearTimeout(timer);
    }
  }

  // Markup and words aimed at a machine are kept from the classifier, as in the embedded path.
  private async analyse(text: string, weighed: string, abortSignal: AbortSignal): Promise<AzureFindings> {
    const [detected] = await this.client.analyze('LanguageDetection', [text], 'gb', { abortSignal });
    if (detected.error) throw new Error(`LanguageDetection: ${detected.error.code} ${detected.error.message}`);
    const iso = detected.primaryLanguage.iso6391Name;
    const known = iso && iso !== '(Unknown)';
    const language = known ? iso : 'en';
    const [[sentiment], [pii], [entities], classification] = await Promise.all([
      this.client.analyze('SentimentAnalysis', [text], language, { abortSignal, includeOpinionMining: true }),
      this.client.analyze('PiiEntityRecognition', [text], language, { abortSignal }),
      this.client.analyze('EntityRecognition', [text], language, { abortSignal }),
      this.classify(weighed || text, language, abortSignal),
    ]);
    return {
      language: known ? { code: iso, confidence: detected.primaryLanguage.confidenceScore } : undefined,
      sentiment: sentiment.error ? undefined : this.sentimentFrom(sentiment),
      redactedText: pii.error ? undefined : pii.redactedText,
      dateTexts: entities.error ? [] : entities.entities.filter((e) => e.category === 'DateTime').map((e) => e.text),
      classification,
    };
  }

  private sentimentFrom(result: {
    sentiment: string;
    confidenceScores: { positive: number; negative: number };
    sentences: ReadonlyArray<{ opinions?: ReadonlyArray<{ target: { sentiment: string } }> }>;
  }): Understanding['sentiment'] {
    const score = result.confidenceScores.positive - result.confidenceScores.negative;
    const label = result.sentiment === 'positive' || result.sentiment === 'negative' || result.sentiment === 'mixed' ? result.sentiment : 'neutral';
    // Opinion mining: a negative opinion about any target ("the repairs team was useless") is
    // dissatisfaction even in an otherwise polite message (Code 1.3).
    const negativeOpinion = result.sentences.some((s) => (s.opinions ?? []).some((o) => o.target.sentiment === 'negative'));
    return { unhappy: label === 'negative' || label === 'mixed' || negativeOpinion, score, label };
  }

  private async classify(text: string, language: string, abortSignal: AbortSignal): Promise<AzureFindings['classification']> {
    const { classificationProject: projectName, classificationDeployment: deploymentName } = this.options;
    if (!projectName || !deploymentName) return undefined;
    const poller = await this.client.beginAnalyzeBatch(
      [{ kind: 'CustomSingleLabelClassification', projectName, deploymentName }],
      [text],
      language,
      { abortSignal, updateIntervalInMs: 250 },
    );
    const pages = await poller.pollUntilDone({ abortSignal });
    for await (const action of pages) {
      if (action.kind !== 'CustomSingleLabelClassification' || action.error) continue;
      for (const doc of action.results) {
        if (doc.error) continue;
        const best = doc.classifications[0];
        if (best && isCategory(best.category)) return { category: best.category, confidence: best.confidenceScore };
      }
    }
    return undefined;
  }

  private merge(text: string, opts: UnderstandOptions, offline: Understanding, found: AzureFindings): Understanding {
    // DateTime entities Azure found that our patterns missed, resolved by our own code against now.
    const extra: MentionedDate[] = found.dateTexts
      .filter((t) => !offline.dates.some((d) => d.text.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(d.text.toLowerCase())))
      .flatMap((t) => extractDates(t, opts.now));
    const dates = [...offline.dates, ...extra];
    const classification = found.classification;
    const runnerUp =
      classification && classification.category !== offline.category
        ? { category: offline.category, confidence: offline.confidence }
        : offline.runnerUp;
    const category = classification?.category ?? offline.category;
    const sentiment = found.sentiment ?? offline.sentiment;
    return {
      ...offline,
      category,
      confidence: classification?.confidence ?? offline.confidence,
      runnerUp,
      sentiment: { ...sentiment, unhappy: sentiment.unhappy || category === 'complaint' || category === 'quick_fix' },
      dates,
      older_than_12_months: category !== 'compliment' && olderThan12Months(dates, opts.now),
      language: found.language ?? offline.language,
      // Azure masks what it recognises; our redaction then removes UK shapes it may miss and the known strings.
      redactedText: redact(found.redactedText ?? text, opts.knownPii),
      source: 'azure',
    };
  }
}
