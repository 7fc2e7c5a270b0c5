/* GET /metrics in the Prometheus text exposition format (version 0.0.4). */
#include "svc.h"

#include <inttypes.h>

const double tb_svc_render_bounds[TB_SVC_RENDER_BUCKETS] = {1, 5, 15, 30, 60, 120, 300, 900};

static void counter(tb_strbuf *sb, const char *name, const char *help, uint64_t value) {
  tb_strbuf_printf(sb, "# HELP %s %s\n# TYPE %s counter\n%s %" PRIu64 "\n", name, help, name, name,
                   value);
}

static void gauge(tb_strbuf *sb, const char *name, const char *help, double value) {
  tb_strbuf_printf(sb, "# HELP %s %s\n# TYPE %s gauge\n%s %.17g\n", name, help, name, name, value);
}

char *tb_svc_metrics_text(tb_service *svc) {
  const tb_svc_metrics *m = &svc->metrics;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  int64_t counts[TB_JOB_STATE_COUNT];
  tb_svc_jobs_counts(svc->jobs, counts, NULL);
  tb_strbuf_puts(&sb,
                 "# HELP tingbao_jobs Jobs in the store by state.\n# TYPE tingbao_jobs gauge\n");
  for (int i = 0; i < TB_JOB_STATE_COUNT; i++)
    tb_strbuf_printf(&sb, "tingbao_jobs{state=\"%s\"} %" PRId64 "\n",
                     tb_svc_job_state_name((tb_job_state)i), counts[i]);
  gauge(&sb, "tingbao_queue_length", "Jobs waiting for a worker.", (double)counts[TB_JOB_QUEUED]);
  gauge(&sb, "tingbao_workers", "Worker processes alive.", (double)tb_svc_workers_alive(svc));
  gauge(&sb, "tingbao_workers_busy", "Worker processes rendering.",
        (double)tb_svc_workers_busy(svc));
  tb_strbuf_puts(&sb, "# HELP tingbao_render_seconds Time to render one issue.\n"
                      "# TYPE tingbao_render_seconds histogram\n");
  uint64_t cumulative = 0;
  for (int i = 0; i < TB_SVC_RENDER_BUCKETS; i++) {
    cumulative += m->render_buckets[i];
    tb_strbuf_printf(&sb, "tingbao_render_seconds_bucket{le=\"%g\"} %" PRIu64 "\n",
                     tb_svc_render_bounds[i], cumulative);
  }
  cumulative += m->render_buckets[TB_SVC_RENDER_BUCKETS];
  tb_strbuf_printf(&sb, "tingbao_render_seconds_bucket{le=\"+Inf\"} %" PRIu64 "\n", cumulative);
  tb_strbuf_printf(&sb, "tingbao_render_seconds_sum %.6f\n", m->render_sum);
  tb_strbuf_printf(&sb, "tingbao_render_seconds_count %" PRIu64 "\n", m->render_count);
  counter(&sb, "tingbao_jobs_done_total", "Jobs rendered since start.", m->jobs_done);
  counter(&sb, "tingbao_jobs_failed_total", "Jobs that failed for good since start.",
          m->jobs_failed);
  counter(&sb, "tingbao_job_retries_total", "Renders retried after a failure.", m->job_retries);
  counter(&sb, "tingbao_uploads_total", "Issues accepted through the API.", m->uploads);
  counter(&sb, "tingbao_inbox_files_total", "Issues taken from the inbox.", m->inbox_files);
  counter(&sb, "tingbao_worker_starts_total", "Worker processes started.", m->worker_starts);
  counter(&sb, "tingbao_worker_crashes_total", "Worker processes that died unasked.",
          m->worker_crashes);
  counter(&sb, "tingbao_reloads_total", "Configuration reloads (SIGHUP).", m->reloads);
  tb_strbuf_puts(&sb, "# HELP tingbao_http_responses_total HTTP responses by status class.\n"
                      "# TYPE tingbao_http_responses_total counter\n");
  for (int i = 1; i <= 5; i++)
    tb_strbuf_printf(&sb, "tingbao_http_responses_total{code=\"%dxx\"} %" PRIu64 "\n", i,
                     m->http_responses[i]);
  gauge(&sb, "tingbao_uptime_seconds", "Seconds since the daemon started.",
        tb_svc_monotonic() - svc->started);
  return tb_strbuf_take(&sb);
}
