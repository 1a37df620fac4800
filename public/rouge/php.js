// carnet's Rouge-compatible rules for php: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // PHP (Rouge's php.rb). Rouge knows some 4,000 builtin functions (nb);
  // carnet keeps those of its String, Array, PCRE, Math, JSON, variable,
  // output, date, function, class, ctype, URL, filesystem, error, misc.,
  // multibyte, options/info, stream, directory, program execution, session,
  // hash, network and cURL groups; another builtin called comes out nf, as
  // a user's function would. Function names in definitions are n, calls nf; types in
  // signatures kt; `$var` nv; `namespace`/`use` kn.
  var PHP_BUILTINS = wordSet(
    "addcslashes addslashes bin2hex chop chr chunk_split convert_cyr_string convert_uudecode " +
    "convert_uuencode count_chars crc32 crypt echo explode fprintf get_html_translation_table hebrev " +
    "hebrevc hex2bin html_entity_decode htmlentities htmlspecialchars_decode htmlspecialchars implode " +
    "join lcfirst levenshtein localeconv ltrim md5_file md5 metaphone money_format nl_langinfo nl2br " +
    "number_format ord parse_str print printf quoted_printable_decode quoted_printable_encode quotemeta " +
    "rtrim setlocale sha1_file sha1 similar_text soundex sprintf sscanf str_getcsv str_ireplace str_pad " +
    "str_repeat str_replace str_rot13 str_shuffle str_split str_word_count strcasecmp strchr strcmp " +
    "strcoll strcspn strip_tags stripcslashes stripos stripslashes stristr strlen strnatcasecmp " +
    "strnatcmp strncasecmp strncmp strpbrk strpos strrchr strrev strripos strrpos strspn strstr strtok " +
    "strtolower strtoupper strtr substr_compare substr_count substr_replace substr trim ucfirst ucwords " +
    "vfprintf vprintf vsprintf wordwrap array_change_key_case array_chunk array_column array_combine " +
    "array_count_values array_diff_assoc array_diff_key array_diff_uassoc array_diff_ukey array_diff " +
    "array_fill_keys array_fill array_filter array_flip array_intersect_assoc array_intersect_key " +
    "array_intersect_uassoc array_intersect_ukey array_intersect array_key_exists array_key_first " +
    "array_key_last array_keys array_map array_merge_recursive array_merge array_multisort array_pad " +
    "array_pop array_product array_push array_rand array_reduce array_replace_recursive array_replace " +
    "array_reverse array_search array_shift array_slice array_splice array_sum array_udiff_assoc " +
    "array_udiff_uassoc array_udiff array_uintersect_assoc array_uintersect_uassoc array_uintersect " +
    "array_unique array_unshift array_values array_walk_recursive array_walk array arsort asort compact " +
    "count current each end extract in_array key_exists key krsort ksort list natcasesort natsort next " +
    "pos prev range reset rsort shuffle sizeof sort uasort uksort usort preg_filter preg_grep " +
    "preg_last_error preg_match_all preg_match preg_quote preg_replace_callback_array " +
    "preg_replace_callback preg_replace preg_split abs acos acosh asin asinh atan2 atan atanh " +
    "base_convert bindec ceil cos cosh decbin dechex decoct deg2rad exp expm1 floor fmod getrandmax " +
    "hexdec hypot intdiv is_finite is_infinite is_nan lcg_value log10 log1p log max min mt_getrandmax " +
    "mt_rand mt_srand octdec pi pow rad2deg rand round sin sinh sqrt srand tan tanh json_decode " +
    "json_encode json_last_error_msg json_last_error boolval debug_zval_dump doubleval empty floatval " +
    "get_defined_vars get_resource_type gettype import_request_variables intval is_array is_bool " +
    "is_callable is_countable is_double is_float is_int is_integer is_iterable is_long is_null " +
    "is_numeric is_object is_real is_resource is_scalar is_string isset print_r serialize settype strval " +
    "unserialize unset var_dump var_export flush ob_clean ob_end_clean ob_end_flush ob_flush " +
    "ob_get_clean ob_get_contents ob_get_flush ob_get_length ob_get_level ob_get_status ob_gzhandler " +
    "ob_implicit_flush ob_list_handlers ob_start output_add_rewrite_var output_reset_rewrite_vars " +
    "checkdate date_add date_create_from_format date_create_immutable_from_format date_create_immutable " +
    "date_create date_date_set date_default_timezone_get date_default_timezone_set date_diff date_format " +
    "date_get_last_errors date_interval_create_from_date_string date_interval_format date_isodate_set " +
    "date_modify date_offset_get date_parse_from_format date_parse date_sub date_sun_info date_sunrise " +
    "date_sunset date_time_set date_timestamp_get date_timestamp_set date_timezone_get date_timezone_set " +
    "date getdate gettimeofday gmdate gmmktime gmstrftime idate localtime microtime mktime strftime " +
    "strptime strtotime time timezone_abbreviations_list timezone_identifiers_list timezone_location_get " +
    "timezone_name_from_abbr timezone_name_get timezone_offset_get timezone_open " +
    "timezone_transitions_get timezone_version_get call_user_func_array call_user_func create_function " +
    "forward_static_call_array forward_static_call func_get_arg func_get_args func_num_args " +
    "function_exists get_defined_functions register_shutdown_function register_tick_function " +
    "unregister_tick_function __autoload call_user_method_array call_user_method class_alias " +
    "class_exists get_called_class get_class_methods get_class_vars get_class get_declared_classes " +
    "get_declared_interfaces get_declared_traits get_object_vars get_parent_class interface_exists is_a " +
    "is_subclass_of method_exists property_exists trait_exists ctype_alnum ctype_alpha ctype_cntrl " +
    "ctype_digit ctype_graph ctype_lower ctype_print ctype_punct ctype_space ctype_upper ctype_xdigit " +
    "base64_decode base64_encode get_headers get_meta_tags http_build_query parse_url rawurldecode " +
    "rawurlencode urldecode urlencode basename chgrp chmod chown clearstatcache copy delete dirname " +
    "disk_free_space disk_total_space diskfreespace fclose feof fflush fgetc fgetcsv fgets fgetss " +
    "file_exists file_get_contents file_put_contents file fileatime filectime filegroup fileinode " +
    "filemtime fileowner fileperms filesize filetype flock fnmatch fopen fpassthru fputcsv fputs fread " +
    "fscanf fseek fstat ftell ftruncate fwrite glob is_dir is_executable is_file is_link is_readable " +
    "is_uploaded_file is_writable is_writeable lchgrp lchown link linkinfo lstat mkdir " +
    "move_uploaded_file parse_ini_file parse_ini_string pathinfo pclose popen readfile readlink " +
    "realpath_cache_get realpath_cache_size realpath rename rewind rmdir set_file_buffer stat symlink " +
    "tempnam tmpfile touch umask unlink debug_backtrace debug_print_backtrace error_clear_last " +
    "error_get_last error_log error_reporting restore_error_handler restore_exception_handler " +
    "set_error_handler set_exception_handler trigger_error user_error connection_aborted " +
    "connection_status constant define defined die eval exit get_browser __halt_compiler highlight_file " +
    "highlight_string hrtime ignore_user_abort pack php_check_syntax php_strip_whitespace " +
    "sapi_windows_cp_conv sapi_windows_cp_get sapi_windows_cp_is_utf8 sapi_windows_cp_set " +
    "sapi_windows_generate_ctrl_event sapi_windows_set_ctrl_handler sapi_windows_vt100_support " +
    "show_source sleep sys_getloadavg time_nanosleep time_sleep_until uniqid unpack usleep " +
    "mb_check_encoding mb_chr mb_convert_case mb_convert_encoding mb_convert_kana mb_convert_variables " +
    "mb_decode_mimeheader mb_decode_numericentity mb_detect_encoding mb_detect_order " +
    "mb_encode_mimeheader mb_encode_numericentity mb_encoding_aliases mb_ereg_match " +
    "mb_ereg_replace_callback mb_ereg_replace mb_ereg_search_getpos mb_ereg_search_getregs " +
    "mb_ereg_search_init mb_ereg_search_pos mb_ereg_search_regs mb_ereg_search_setpos mb_ereg_search " +
    "mb_ereg mb_eregi_replace mb_eregi mb_get_info mb_http_input mb_http_output mb_internal_encoding " +
    "mb_language mb_list_encodings mb_ord mb_output_handler mb_parse_str mb_preferred_mime_name " +
    "mb_regex_encoding mb_regex_set_options mb_scrub mb_send_mail mb_split mb_str_split mb_strcut " +
    "mb_strimwidth mb_stripos mb_stristr mb_strlen mb_strpos mb_strrchr mb_strrichr mb_strripos " +
    "mb_strrpos mb_strstr mb_strtolower mb_strtoupper mb_strwidth mb_substitute_character " +
    "mb_substr_count mb_substr assert_options assert cli_get_process_title cli_set_process_title dl " +
    "extension_loaded gc_collect_cycles gc_disable gc_enable gc_enabled gc_mem_caches gc_status " +
    "get_cfg_var get_current_user get_defined_constants get_extension_funcs get_include_path " +
    "get_included_files get_loaded_extensions get_magic_quotes_gpc get_magic_quotes_runtime " +
    "get_required_files get_resources getenv getlastmod getmygid getmyinode getmypid getmyuid getopt " +
    "getrusage ini_alter ini_get_all ini_get ini_restore ini_set magic_quotes_runtime main " +
    "memory_get_peak_usage memory_get_usage php_ini_loaded_file php_ini_scanned_files php_logo_guid " +
    "php_sapi_name php_uname phpcredits phpinfo phpversion putenv restore_include_path set_include_path " +
    "set_magic_quotes_runtime set_time_limit sys_get_temp_dir version_compare zend_logo_guid " +
    "zend_thread_id zend_version set_socket_blocking stream_bucket_append stream_bucket_make_writeable " +
    "stream_bucket_new stream_bucket_prepend stream_context_create stream_context_get_default " +
    "stream_context_get_options stream_context_get_params stream_context_set_default " +
    "stream_context_set_option stream_context_set_params stream_copy_to_stream stream_filter_append " +
    "stream_filter_prepend stream_filter_register stream_filter_remove stream_get_contents " +
    "stream_get_filters stream_get_line stream_get_meta_data stream_get_transports stream_get_wrappers " +
    "stream_is_local stream_isatty stream_notification_callback stream_register_wrapper " +
    "stream_resolve_include_path stream_select stream_set_blocking stream_set_chunk_size " +
    "stream_set_read_buffer stream_set_timeout stream_set_write_buffer stream_socket_accept " +
    "stream_socket_client stream_socket_enable_crypto stream_socket_get_name stream_socket_pair " +
    "stream_socket_recvfrom stream_socket_sendto stream_socket_server stream_socket_shutdown " +
    "stream_supports_lock stream_wrapper_register stream_wrapper_restore stream_wrapper_unregister chdir " +
    "chroot closedir dir getcwd opendir readdir rewinddir scandir escapeshellarg escapeshellcmd exec " +
    "passthru proc_close proc_get_status proc_nice proc_open proc_terminate shell_exec system " +
    "session_abort session_cache_expire session_cache_limiter session_commit session_create_id " +
    "session_decode session_destroy session_encode session_gc session_get_cookie_params session_id " +
    "session_is_registered session_module_name session_name session_regenerate_id " +
    "session_register_shutdown session_register session_reset session_save_path " +
    "session_set_cookie_params session_set_save_handler session_start session_status session_unregister " +
    "session_unset session_write_close hash_algos hash_copy hash_equals hash_file hash_final hash_hkdf " +
    "hash_hmac_algos hash_hmac_file hash_hmac hash_init hash_pbkdf2 hash_update_file hash_update_stream " +
    "hash_update hash checkdnsrr closelog define_syslog_variables dns_check_record dns_get_mx " +
    "dns_get_record fsockopen gethostbyaddr gethostbyname gethostbynamel gethostname getmxrr " +
    "getprotobyname getprotobynumber getservbyname getservbyport header_register_callback header_remove " +
    "header headers_list headers_sent http_response_code inet_ntop inet_pton ip2long long2ip openlog " +
    "pfsockopen setcookie setrawcookie socket_get_status socket_set_blocking socket_set_timeout syslog " +
    "curl_close curl_copy_handle curl_errno curl_error curl_escape curl_exec curl_file_create " +
    "curl_getinfo curl_init curl_multi_add_handle curl_multi_close curl_multi_errno curl_multi_exec " +
    "curl_multi_getcontent curl_multi_info_read curl_multi_init curl_multi_remove_handle " +
    "curl_multi_select curl_multi_setopt curl_multi_strerror curl_pause curl_reset curl_setopt_array " +
    "curl_setopt curl_share_close curl_share_errno curl_share_init curl_share_setopt curl_share_strerror " +
    "curl_strerror curl_unescape curl_version");  var PHP_KW = wordSet("old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__ __method__ __namespace__ __trait__ abstract and array as break case catch clone continue declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn for foreach global goto if implements include include_once instanceof insteadof isset list match new or parent print private protected public readonly require require_once return self static switch throw try unset var while xor yield function const interface trait class");
  RULES.php = {
    wordRe: /[\p{L}_][\p{L}\p{N}_]*/uy,
    word: function (w, ctx) {
      var lw = w.toLowerCase(), b = ctx.before, a = ctx.after;
      if (/\$$/.test(b)) return "nv";
      if (/\bnamespace\s+[\w\\]*$/i.test(b)) return "nn";
      if (/\b(?:class|interface|trait|extends|implements)\s+[\w\\]*$/i.test(b)) return "nc";
      if (/\bnew\s+[\w\\]*$/i.test(b) && lw !== "class") return "nc";
      if (/\b(?:function|fn)\s+&?$/i.test(b)) return "n";
      if (lw === "use" || lw === "namespace") return "kn";
      if (/^(?:class|interface|trait|extends|implements)$/.test(lw) && /^\s+[\w\\]/.test(a)) return "kd";
      if (/^(?:true|false|null)$/.test(lw)) return "kc";
      // a type: before a parameter, after a return's colon, after a property's visibility
      if (!PHP_KW[lw] || lw === "array") {
        if (/^\s+&?(?:\.\.\.)?\$/.test(a) && /(?:[(,]|\b(?:public|protected|private|readonly|static|var))\s*\??$/i.test(b)) return "kt";
        if (/\)\s*:\s*\??$/.test(b)) return "kt";
      }
      if (/^\s*\(/.test(a)) return PHP_KW[lw] ? "k" : PHP_BUILTINS[lw] ? "nb" : "nf";
      if (PHP_KW[lw]) return "k";
      if (/^__.*?__$/.test(w)) return "nb";
      if (/^(?:E|PHP)(?:_\p{Lu}+)+$/u.test(w)) return "kc";
      if (w === "stdClass") return "nc";
      if (/(?:\\|^)\p{Lu}[\p{Lu}\d_]+$/u.test(w)) return "no";
      if (/(?:\\|^)\p{Lu}[\p{L}\p{N}]*$/u.test(w)) return "nc";
      return "n";
    },
    special: [
      // a namespaced name is one token: `Foo\Bar`, `foo\bar(`
      [/(?:[\p{L}_][\p{L}\p{N}_]*\\)+[\p{L}_][\p{L}\p{N}_]*/uy, function (w, ctx) { return RULES.php.word(w, ctx); }],
      [/\$+[\p{L}_][\p{L}\p{N}_]*/uy, "nv"], [/[~!%^&*+|:.<>\/@-]+/y, "o"], [/[=?]/y, "o"], [/[;,(){}\[\]]/y, "p"]],
    fix: function (text, cls) {
      for (var i = 0; i < text.length; i++) {
        // `?Type` is one kt; the `:` before a return type is p
        if (text.charAt(i) === "?" && cls[i + 1] === "kt") cls[i] = "kt";
        if (text.charAt(i) === ":" && cls[i] === "o" && /\)\s*$/.test(text.slice(Math.max(0, i - 20), i)) && /^\s*\??[\p{L}_]/u.test(text.slice(i + 1, i + 30))) cls[i] = "p";
      }
    },
    scopes: {
      meta: "cp", variable: "nv", "variable.language": "nv", "variable.constant": null, string: phpString,
      comment: function (t) { return /^\/\*\*(?!\/)/.test(t) ? "cd" : /^\/\*/.test(t) ? "cm" : "c1"; },
      number: function (t) { return /^0x/i.test(t) ? "mh" : /^0b/i.test(t) ? "mb" : /^0[0-7]/.test(t) ? "mo" : /\./.test(t) ? "mf" : "mi"; },
      keyword: null, built_in: null, title: null, "title.function": null, "title.function.invoke": null,
      "title.class": null, class: null, function: null, params: null, literal: null, type: null,
      operator: "o", punctuation: "p", subst: null, doctag: null, "char.escape": null,
    },
  };
  function phpString(t) {
    var c = t.charAt(0);
    if (c === "'") return "!s1";
    if (c === "`") return "!sb";
    if (/^<<</.test(t)) return "!sh";
    if (c !== '"') return "s";
    var out = parts(t, "s2", { escape: /\\(?:u\{[0-9a-fA-F]+\}|[efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})/ });
    // `$name`, `$name[..]`, `$name->x` are nv; `{$ ... }` is si around code
    var re = /\$[\p{L}_][\p{L}\p{N}_]*(?:\[\S+?\]|->[\p{L}_][\p{L}\p{N}_]*)?|\{(?=\$)/gu, m, i;
    while ((m = re.exec(t))) {
      if (m[0] === "{") {
        var close = t.indexOf("}", m.index);
        if (close < 0) close = t.length - 1;
        out[m.index] = out[close] = "si";
        for (i = m.index + 1; i < close; i++) out[i] = null;
        re.lastIndex = close + 1;
      } else for (i = m.index; i < m.index + m[0].length; i++) out[i] = "nv";
    }
    return out;
  }

  H.define("php", RULES);
})(globalThis.carnetHighlight);
