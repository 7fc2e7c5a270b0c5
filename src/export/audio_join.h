/* Private to the export stage: a whole issue joined from its articles' files instead of processed
 * and encoded a second time. The articles' files already hold the processed audio at the
 * profile's loudness; the issue file copies their audio (WAV samples, MPEG frames, Opus packets)
 * with silence between them and chapters where each article starts. */
#ifndef TB_EXPORT_AUDIO_JOIN_H
#define TB_EXPORT_AUDIO_JOIN_H

#include "export.h"

/* What every joiner takes: part i (a file path) is placed as near starts[i] (samples at rate, the
 * parts' rate; silence before it) as the format allows, with a chapter titled titles[i] where it
 * actually starts. A part that ran long pushes the next one back rather than being cut. */
typedef struct {
  const char *const *parts;
  const size_t *starts;
  const char *const *titles;
  size_t count;
  int rate;
  const tb_audio_tags *tags; /* of the joined file; may be NULL */
} tb_join_parts;

/* Constant-bitrate MP3 parts, each opened by a Xing/Info frame with LAME's delay and padding (what
 * libsndfile writes in CBR): their MPEG frames one after another, silent frames between, one
 * ID3v2.4 tag with CHAP/CTOC and one Info frame for the whole. Parts start on a frame: a chapter is
 * at most half a frame (576 samples) from where starts asked. *joined is false (and nothing is
 * written) when the parts are not of that kind; the caller then encodes the issue instead. */
tb_status tb_export_join_mp3(const char *path, const tb_join_parts *in, bool *joined,
                             tb_error *err);

/* Ogg Opus parts of one channel count: their Opus packets re-muxed into one logical stream (the
 * first part's OpusHead and pre-skip, granule positions counted anew, one end trim), silent
 * packets between, CHAPTERnnn comments. The last silent packet before a part is a SILK one, so
 * that the decoder meets the part's first CELT packet with its CELT state reset, as a fresh decoder
 * would. Chapters are within 60 samples (2.5 ms packets) of where starts asked. *joined as for
 * MP3. */
tb_status tb_export_join_opus(const char *path, const tb_join_parts *in, bool *joined,
                              tb_error *err);

/* True when every extension of the list ("mp3 opus", "wav") has a joiner. */
bool tb_export_join_supports(const char *extensions);

/* The joined <dir>/<stem>.<ext> for every extension of profile, from the parts
 * <part_paths[i]>.<ext>; loudness is the bext chunk's for WAV. Appends the names written to
 * names. *joined is false when some format could not be joined: the caller encodes instead. */
tb_status tb_export_join_profile(const char *dir, const char *stem, const char *const *part_paths,
                                 const size_t *starts, const char *const *titles, size_t count,
                                 const tb_audio_tags *tags, const tb_audio_profile *profile,
                                 const tb_loudness *loudness, tb_strlist *names, bool *joined,
                                 tb_error *err);

#endif
